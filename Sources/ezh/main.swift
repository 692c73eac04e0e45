print("ezh")
