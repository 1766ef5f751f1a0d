package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.handbook.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every page type opens in Chromium with its heading and content shown, its stylesheet applied,
 * and nothing in the console: no script error and no Content-Security-Policy violation.
 */
class PageTypesBrowserTests extends BrowserTest {

    static List<PageSamples.Sample> pages() {
        return PageSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageOpensWithItsContentAndAQuietConsole(PageSamples.Sample page) {
        browser.get(url(page.path()));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("main")).getText().length()).isGreaterThan(40);
        assertThat(browser.findElement(By.tagName("body")).getCssValue("margin-top"))
                .as("the site's stylesheet is applied").isEqualTo("0px");
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(entry -> page.status() == 200 || !entry.getMessage().contains("Failed to load resource"))
                .toList();
        assertThat(problems).as("console messages on %s", page.path()).isEmpty();
    }
}
