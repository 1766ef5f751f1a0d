package org.handbook.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.handbook.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A portal's page on another origin (another host name and port) embeds our frames with the
 * snippet, and /embed.js there sizes each frame to its content.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedResizeBrowserTests {

    static final String SLUG = "health-information-technologists-and-medical-registrars";
    static final int INITIAL_HEIGHT = 300;

    @LocalServerPort
    int port;

    private HttpServer portal;
    private ChromeDriver browser;

    @BeforeEach
    void startPortal() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/", exchange -> {
            String ours = "http://localhost:" + port;
            byte[] page = ("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>A career portal</title></head>
                    <body><h1>A career portal</h1>
                    <iframe id="tab" src="%1$s/embed/%2$s/pay" title="Pay" width="600" height="%3$d"></iframe>
                    <iframe id="profile" src="%1$s/embed/%2$s?tabs=pay,job-outlook" title="Profile" width="600" height="%3$d"></iframe>
                    <script src="%1$s/embed.js" defer></script>
                    </body></html>
                    """).formatted(ours, SLUG, INITIAL_HEIGHT).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        portal.start();
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        portal.stop(0);
    }

    @Test
    void framesGrowToTheirContentsHeightOnAnotherOrigin() {
        browser.get("http://127.0.0.1:" + portal.getAddress().getPort() + "/");

        WebElement tab = browser.findElement(By.id("tab"));
        int height = awaitResized(tab, INITIAL_HEIGHT);
        assertThat(height).isGreaterThan(INITIAL_HEIGHT).isEqualTo(contentHeight(tab));

        WebElement profile = browser.findElement(By.id("profile"));
        int payHeight = awaitResized(profile, INITIAL_HEIGHT);
        assertThat(payHeight).isEqualTo(contentHeight(profile));

        browser.switchTo().frame(profile);
        browser.findElement(By.linkText("Job Outlook")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                String.valueOf(browser.executeScript("return location.href;")).contains("/job-outlook?tabs="));
        assertThat(browser.findElement(By.id("tab-heading")).getText()).isEqualTo("Job Outlook");
        browser.switchTo().defaultContent();
        assertThat(browser.getWindowHandles()).as("the tab link stayed in the frame").hasSize(1);
        int outlookHeight = awaitResized(profile, payHeight);
        assertThat(outlookHeight).isEqualTo(contentHeight(profile));
    }

    /** The frame's height once the script has set it to something other than {@code before}. */
    private int awaitResized(WebElement frame, int before) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> "frame height " + frame.getDomProperty("height") + ", resized "
                        + frame.getDomAttribute("data-handbook-resized") + ", content " + contentHeight(frame))
                .until(d -> "true".equals(frame.getDomAttribute("data-handbook-resized"))
                        && Integer.parseInt(frame.getDomProperty("height")) != before
                        && Integer.parseInt(frame.getDomProperty("height")) == contentHeight(frame));
        return Integer.parseInt(frame.getDomProperty("height"));
    }

    private int contentHeight(WebElement frame) {
        browser.switchTo().frame(frame);
        try {
            Object height = browser.executeScript(
                    "return Math.ceil(document.querySelector('[data-embed-page]').getBoundingClientRect().height);");
            return ((Number) height).intValue();
        } finally {
            browser.switchTo().defaultContent();
        }
    }
}
