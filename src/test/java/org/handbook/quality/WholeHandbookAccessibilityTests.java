package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.support.Browser;
import org.handbook.support.BundledEditionTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

/**
 * axe-core finds no WCAG 2.2 AA or best-practice violation on any tab of varied profiles of the bundled
 * Handbook, nor on the pages that list all of it. Not a {@code BrowserTest}: it shares the bundled
 * edition's context with the other tests of the whole Handbook, so the 342 profiles are loaded once.
 */
@Tag("browser")
class WholeHandbookAccessibilityTests extends BundledEditionTest {

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    static List<BundledSamples.Page> pages() {
        return Stream.concat(BundledSamples.catalogPages().stream(), BundledSamples.tabs().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoAccessibilityViolations(BundledSamples.Page page) {
        browser.get(site().base() + page.path());

        Results results = new AxeBuilder().withTags(AccessibilityTests.RULES).analyze(browser);

        assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", page.path(),
                AccessibilityTests.describe(results.getViolations())).isEmpty();
    }
}
