#!/usr/bin/python3
"""A parent on a phone: headless Chromium (Debian's chromium and chromedriver, Selenium) signs
in to `ezh serve` as the demo parent on a 390x844 window, opens the child's marks, the week and
the absences, and takes a screenshot of each page. Run by Tests/EndToEndTests/WebBrowserTests.swift.

Usage: phone_diary.py URL SCREENSHOT_DIR [SUBJECT TEACHERS_TEXT REPLY_TEXT]
Prints one line per step ("ok: ..."); exits 1 with the reason on the first step that fails.
With the last three it also opens the messages, finds the unread thread SUBJECT, checks that the
class teacher's message in it says TEACHERS_TEXT, and sends REPLY_TEXT as the reply.
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def fail(reason):
    print("failed: " + reason)
    sys.exit(1)


def browser(url):
    options = Options()
    # The diary's cookies are Secure (it is meant to be reached over TLS through nginx); the test
    # server speaks plain http on loopback, which the browser must treat as a secure origin.
    options.add_argument("--unsafely-treat-insecure-origin-as-secure=" + url)
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=390,844", "--lang=ru-RU", "--hide-scrollbars"):
        options.add_argument(argument)
    # A phone: narrow viewport, touch, a mobile user agent.
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0, "touch": True},
        "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36",
    })
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def arrive(driver, part, step):
    """Waits for the page after a click: its address has `part`, and the page has loaded. The
    wait is generous: a debug build of the server on a busy machine may take seconds a page."""
    try:
        WebDriverWait(driver, 60).until(
            lambda d: part in d.current_url and d.execute_script("return document.readyState") == "complete")
    except Exception:
        fail("%s: the page did not open (at %s)" % (step, driver.current_url))


def shot(driver, folder, name):
    path = os.path.join(folder, name + ".png")
    # The whole page, however long: the window is phone-wide and as tall as the page.
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(390, max(844, min(height, 4000)))
    driver.save_screenshot(path)
    driver.set_window_size(390, 844)
    print("ok: screenshot " + path)


def fits_the_phone(driver, page):
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > 390:
        fail("%s is wider than the phone: %d px" % (page, width))


def body_text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def answer(driver, folder, subject, teachers_text, reply):
    """The messages: the unread thread `subject`, the class teacher's text in it, a reply."""
    # The tab carries the unread count: «Сообщения (2)».
    tab = driver.find_element(By.PARTIAL_LINK_TEXT, "Сообщения")
    print("ok: messages tab «%s»" % tab.text)
    tab.click()
    arrive(driver, "/messages", "the messages")
    threads = [t for t in driver.find_elements(By.CSS_SELECTOR, "a.thread") if subject in t.text]
    if not threads:
        fail("no thread «%s» among: %s" % (subject, [t.text for t in driver.find_elements(By.CSS_SELECTOR, "a.thread")]))
    if not threads[0].find_elements(By.CSS_SELECTOR, ".badge"):
        fail("the thread «%s» is not marked unread" % subject)
    fits_the_phone(driver, "the messages page")
    print("ok: messages, thread «%s» unread" % subject)
    shot(driver, folder, "5-messages")

    threads[0].click()
    arrive(driver, "/messages/", "the thread")
    received = [m for m in driver.find_elements(By.CSS_SELECTOR, ".message")
                if "own" not in m.get_attribute("class").split()]
    if not any(teachers_text in m.text for m in received):
        fail("the thread has no message «%s» from the school: %s" % (teachers_text, [m.text for m in received]))
    fits_the_phone(driver, "the thread")
    print("ok: thread with the class teacher's message")
    shot(driver, folder, "6-thread")

    driver.find_element(By.NAME, "text").send_keys(reply)
    driver.find_element(By.CSS_SELECTOR, "form.reply button[type=submit]").click()
    try:
        # The form posts, the server redirects to the thread: the old page's elements go stale.
        WebDriverWait(driver, 60, ignored_exceptions=(StaleElementReferenceException,)).until(
            lambda d: "/messages/" in d.current_url
            and any(reply in m.text for m in d.find_elements(By.CSS_SELECTOR, ".message.own")))
    except Exception:
        fail("the reply is not in the thread after sending: " + body_text(driver))
    fits_the_phone(driver, "the thread after the reply")
    print("ok: reply sent")
    shot(driver, folder, "7-replied")


def main():
    if len(sys.argv) not in (3, 6):
        fail("usage: phone_diary.py URL SCREENSHOT_DIR [SUBJECT TEACHERS_TEXT REPLY_TEXT]")
    url, folder = sys.argv[1].rstrip("/"), sys.argv[2]
    conversation = sys.argv[3:6] if len(sys.argv) == 6 else None
    os.makedirs(folder, exist_ok=True)
    driver = browser(url)
    try:
        driver.get(url + "/")
        if "/login" not in driver.current_url:
            fail("an unsigned visitor is not sent to the sign-in page: " + driver.current_url)
        shot(driver, folder, "1-sign-in")
        driver.find_element(By.NAME, "login").send_keys("parent")
        driver.find_element(By.NAME, "password").send_keys("demo")
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        arrive(driver, "/pupil/", "after sign-in the diary")
        body = driver.find_element(By.TAG_NAME, "body").text
        for expected in ("Отметки", "Средний", "Взвешенный", "Итог"):
            if expected not in body:
                fail("the marks page has no «%s»" % expected)
        marks = driver.find_elements(By.CSS_SELECTOR, ".mark")
        if not marks:
            fail("the marks page shows no mark")
        fits_the_phone(driver, "the marks page")
        print("ok: marks, %d marks shown" % len(marks))
        shot(driver, folder, "2-marks")

        driver.find_element(By.LINK_TEXT, "Неделя").click()
        arrive(driver, "/week", "the week")
        body = driver.find_element(By.TAG_NAME, "body").text
        if "Неделя" not in body or "ДЗ" not in body:
            fail("the week page shows no homework")
        print("ok: week with homework")
        shot(driver, folder, "3-week")

        driver.find_element(By.LINK_TEXT, "Пропуски").click()
        arrive(driver, "/absences", "the absences")
        if "Пропущено уроков за период" not in driver.find_element(By.TAG_NAME, "body").text:
            fail("the absences page shows no totals")
        print("ok: absences")
        shot(driver, folder, "4-absences")

        if conversation:
            answer(driver, folder, *conversation)

        driver.find_element(By.CSS_SELECTOR, "header form.signout button").click()
        arrive(driver, "/login", "sign-out")
        print("ok: signed out")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
