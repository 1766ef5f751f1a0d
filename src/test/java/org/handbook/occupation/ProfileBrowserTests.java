package org.handbook.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.handbook.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What only a real browser shows of a profile: rendered charts and BLS's fragment links. */
class ProfileBrowserTests extends BrowserTest {

    private static final String PROFILE = "/healthcare/health-information-technologists-and-medical-registrars/";

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

}
