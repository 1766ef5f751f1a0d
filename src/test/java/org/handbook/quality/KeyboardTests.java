package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.handbook.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The site used with the keyboard alone: skip link, tabs, disclosures, print view, search suggestions, focus visible. */
class KeyboardTests extends BrowserTest {

    /** More Tab presses than any page has controls before the one a test looks for. */
    private static final int MAX_TABS = 120;

    @BeforeEach
    void openProfile() {
        browser.get(url(PageSamples.PROFILE));
    }

    @Test
    void theFirstTabStopIsTheSkipLinkWhichMovesFocusToTheContent() {
        WebElement first = press(Keys.TAB);
        assertThat(first.getText()).isEqualTo("Skip to main content");
        assertThat(first.getCssValue("outline-style")).isNotEqualTo("none");

        press(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("main-content");
    }

    @Test
    void everyTabIsReachedAndOpenedByKeyboard() {
        WebElement pay = tabTo(element -> "Pay".equals(element.getText())
                && element.findElements(By.xpath("ancestor::nav[@aria-label='Profile tabs']")).size() == 1);
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(PageSamples.PROFILE + "pay")));
        assertThat(browser.findElement(By.cssSelector("a[aria-current=page]")).getText()).isEqualTo("Pay");
        assertThat(pay).isNotNull();
    }

    @Test
    void aboutThisSectionOpensWithTheKeyboard() {
        browser.get(url(PageSamples.PROFILE + "job-outlook"));
        tabTo(element -> "About this section".equals(element.getText()));
        press(Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("details.about-section")).getAttribute("open")).isNotNull();
        assertThat(browser.findElement(By.cssSelector("details.about-section p")).isDisplayed()).isTrue();
    }

    @Test
    void printViewIsReachedByKeyboardAndShowsEveryTab() {
        tabTo(element -> "Print all tabs".equals(element.getText()));
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(PageSamples.PROFILE + "print")));
        assertThat(browser.findElements(By.cssSelector("section.print-tab"))).hasSize(9);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("$58,250", "Work Schedules", "O*NET");
    }

    @Test
    void theSearchBoxIsReachedAndSubmittedByKeyboard() {
        WebElement box = tabTo(element -> "site-search-q".equals(element.getAttribute("id")));
        box.sendKeys("registrars", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=registrars"));
    }

    @Test
    void suggestionsWhileTypingAreChosenWithTheArrowKeysAndOpenedWithEnter() {
        WebElement box = typeInTheSiteSearch("medical reg");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector(".site-search [role=status]")).getText())
                .contains("suggested occupation");

        box.sendKeys(Keys.ARROW_DOWN);
        WebElement chosen = browser.findElement(By.id(box.getAttribute("aria-activedescendant")));
        assertThat(chosen.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(chosen.getText()).contains("Health Information Technologists and Medical Registrars");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(PageSamples.PROFILE)));
    }

    @Test
    void escapeClosesTheSuggestionsAndEnterThenSearches() {
        WebElement box = typeInTheSiteSearch("medical");
        WebElement list = browser.findElement(By.id("site-search-q-suggestions"));
        box.sendKeys(Keys.ESCAPE);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=medical"));
    }

    /** Reaches the header's search box by keyboard, types, and waits for the suggestions to show. */
    private WebElement typeInTheSiteSearch(String typed) {
        WebElement box = tabTo(element -> "site-search-q".equals(element.getAttribute("id")));
        box.sendKeys(typed);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("site-search-q-suggestions")));
        return box;
    }

    @Test
    void tabsInsideAWholeProfileEmbedWorkByKeyboardAndStayInTheFrame() {
        String embed = "/embed/health-information-technologists-and-medical-registrars";
        browser.get(url(embed));
        tabTo(element -> "Pay".equals(element.getText()));
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(embed + "/pay"));
        assertThat(browser.getWindowHandles()).hasSize(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("$58,250");
    }

    @Test
    void theFinderFormIsFilledAndSubmittedByKeyboard() {
        browser.get(url("/occupation-finder"));
        WebElement associate = tabTo(element -> "checkbox".equals(element.getAttribute("type"))
                && "associate".equals(element.getAttribute("value")));
        press(Keys.SPACE);
        assertThat(associate.isSelected()).isTrue();
        tabTo(element -> "Find occupations".equals(element.getText()));
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("education=associate"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Health Information Technologists and Medical Registrars");
    }

    private WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = press(Keys.TAB);
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached with " + MAX_TABS + " presses of Tab");
    }

    private WebElement press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
        return active();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

}
