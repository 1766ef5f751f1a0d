package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.handbook.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core finds no WCAG 2.2 AA or best-practice violation on any page type, at desktop and phone widths. */
public class AccessibilityTests extends BrowserTest {

    public static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static List<PageSamples.Sample> pages() {
        return PageSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoAccessibilityViolations(PageSamples.Sample page) {
        browser.get(url(page.path()));

        Results results = new AxeBuilder().withTags(RULES).analyze(browser);

        assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", page.path(), describe(results.getViolations()))
                .isEmpty();
    }

    @Test
    void openSearchSuggestionsHaveNoAccessibilityViolations() {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.id("home-search-q"));
        box.sendKeys("medical");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("home-search-q-suggestions")));
        box.sendKeys(Keys.ARROW_DOWN);

        Results results = new AxeBuilder().withTags(RULES).analyze(browser);

        assertThat(results.getViolations()).as("axe-core violations with suggestions open:%n%s",
                describe(results.getViolations())).isEmpty();
    }

    public static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
