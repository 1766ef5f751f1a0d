package org.handbook.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.handbook.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only a real browser shows of a profile: rendered charts and BLS's fragment links. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfileBrowserTests {

    private static final String PROFILE = "/healthcare/health-information-technologists-and-medical-registrars/";

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void payTabShowsTheMedianWageAndItsChart() {
        browser.get(url(PROFILE + "pay"));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("$58,250");
        WebElement chart = browser.findElement(By.cssSelector("figure[data-qa=wage-chart] svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        assertThat(chart.findElements(By.tagName("rect"))).hasSize(3)
                .allSatisfy(bar -> assertThat(bar.getSize().getWidth()).isPositive());
    }

    @Test
    void blsTabFragmentsLandOnTheMatchingTab() {
        browser.get(url(PROFILE + "#tab-5"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(PROFILE + "pay")));
        assertThat(browser.findElement(By.cssSelector("a[aria-current=page]")).getText()).isEqualTo("Pay");

        browser.get(url(PROFILE + "#tab-9"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(url(PROFILE + "more-information")));
    }

    @Test
    void blsAddressWithAFragmentAlsoLandsOnTheTab() {
        browser.get(url("/ooh/healthcare/health-information-technologists-and-medical-registrars.htm#tab-2"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe(url(PROFILE + "what-they-do")));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
