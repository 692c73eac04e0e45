extension TextLimit {
    /// A thread's subject line.
    public static let messageSubject = TextLimit("Тема сообщения", "Message subject", maximum: 200)
    /// One message: a letter, not a file.
    public static let messageBody = TextLimit("Текст сообщения", "Message text", maximum: 4000)
}
