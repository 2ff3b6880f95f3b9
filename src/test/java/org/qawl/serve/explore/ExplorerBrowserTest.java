package org.qawl.serve.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qawl.export.graph.SampleStore;
import org.qawl.serve.QawlServer;
import org.qawl.store.Tdb2Store;

/**
 * The explorer in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): the sample reports' speakers network is drawn, clicking the busiest speaker lists
 * its statements, and a screenshot is saved to the build folder (and copied to
 * docs/explorer.png for the README when that is missing or {@code -Dqawl.updateScreenshot=true}).
 * Skipped only when Chromium or its driver is not installed.
 */
class ExplorerBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static {
        QawlServer.quietLogging();
    }

    @TempDir
    static Path temp;
    static Tdb2Store store;
    static QawlServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        store = SampleStore.sampleReports(temp.resolve("store"));
        server = QawlServer.create().store(store).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1600,1000", "--lang=en-US",
                "--user-data-dir=" + temp.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void drawsTheSpeakersNetworkAndListsTheStatementsOfAClickedSpeaker() throws Exception {
        browser.get(server.url("explore"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')"))
                || "error".equals(js("return document.body.getAttribute('data-state')")));
        assertThat(js("return document.body.getAttribute('data-state')"))
                .as("page state; summary: %s", browser.findElement(By.id("summary")).getText()).isEqualTo("ready");

        long nodes = (Long) js("return cy.nodes().length");
        long edges = (Long) js("return cy.edges().length");
        assertThat(nodes).isGreaterThan(10);
        assertThat(edges).isGreaterThan(10);
        // drawn: every node has a finite position inside the canvas, and the canvas has pixels
        assertThat((Boolean) js("var r = cy.extent(); return cy.nodes().every(function (n) {"
                + " var p = n.position(); return isFinite(p.x) && isFinite(p.y); }) && r.w > 0")).isTrue();
        assertThat((Long) js("var c = document.querySelector('#graph canvas:last-of-type');"
                + " var all = document.querySelectorAll('#graph canvas'); var n = 0;"
                + " all.forEach(function (c) { var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } }); return n;"))
                .isGreaterThan(1000);
        assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo(nodes + " nodes, " + edges + " edges");

        // the busiest speaker, brought to the middle and clicked like a user would
        @SuppressWarnings("unchecked")
        Map<String, Object> speaker = (Map<String, Object>) js("var n = cy.nodes().max(function (n) {"
                + " return n.data('statements'); }).ele; cy.zoom(1.2); cy.center(n);"
                + " var p = n.renderedPosition(); var box = cy.container().getBoundingClientRect();"
                + " return {id: n.id(), label: n.data('label'), statements: n.data('statements'),"
                + " x: p.x, y: p.y, w: box.width, h: box.height};");
        WebElement graph = browser.findElement(By.id("graph"));
        new Actions(browser).moveToElement(graph, (int) Math.round(number(speaker, "x") - number(speaker, "w") / 2),
                (int) Math.round(number(speaker, "y") - number(speaker, "h") / 2)).click().perform();
        wait.until(b -> !b.findElements(By.cssSelector("#statements-by li.statement")).isEmpty());

        assertThat(browser.findElement(By.id("details-title")).getText()).isEqualTo(speaker.get("label"));
        List<WebElement> statements = browser.findElements(By.cssSelector("#statements-by li.statement"));
        assertThat((long) statements.size()).isEqualTo(((Number) speaker.get("statements")).longValue());
        WebElement first = statements.get(0);
        WebElement content = first.findElement(By.tagName("blockquote"));
        assertThat(content.getText()).containsPattern("[\\u0600-\\u06FF]{3}");
        assertThat(content.getAttribute("dir")).isEqualTo("rtl");
        assertThat(first.findElement(By.cssSelector(".span")).getText()).matches("chars \\d+–\\d+");
        assertThat(first.findElement(By.cssSelector("a.report")).getAttribute("href")).contains("/kb/report/");
        assertThat(browser.findElement(By.cssSelector("#details .facts a")).getAttribute("href")).contains("/kb/actor/");

        js("cy.fit(undefined, 30)");
        Thread.sleep(300); // let the canvas repaint before the picture
        Path picture = SampleStore.buildDir().resolve("explorer.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), picture, StandardCopyOption.REPLACE_EXISTING);
        // the README's picture: written when missing or asked for, so a test run leaves docs/ alone
        Path docs = SampleStore.projectDir().resolve("docs/explorer.png");
        if (!Files.exists(docs) || Boolean.getBoolean("qawl.updateScreenshot")) {
            Files.createDirectories(docs.getParent());
            Files.copy(picture, docs, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(new File(picture.toString()).length()).isGreaterThan(20_000);
    }

    @Test
    void filtersRedrawTheNetworkFromTheServer() {
        browser.get(server.url("explore"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')")));
        long all = (Long) js("return cy.nodes().length");

        js("document.querySelectorAll('input[name=type]').forEach(function (b) { b.checked = b.value === 'Country'; });"
                + " document.body.setAttribute('data-state', 'loading');"
                + " document.querySelector('#filter-form button[type=submit]').click();");
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')")));
        long countries = (Long) js("return cy.nodes().length");
        assertThat(countries).isPositive().isLessThan(all);
        assertThat((Boolean) js("return cy.nodes().every(function (n) { return n.data('type') === 'Country'; })")).isTrue();

        js("var s = document.querySelector('select[name=report]'); s.selectedIndex = 1;"
                + " document.body.setAttribute('data-state', 'loading'); s.dispatchEvent(new Event('change'));");
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')")));
        assertThat((Long) js("return cy.nodes().length")).isLessThanOrEqualTo(countries);
    }

    @Test
    void clickingAnEdgeListsTheStatementsItSumsUpAndOtherViewsDraw() {
        browser.get(server.url("explore"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')")));

        long weight = (Long) js("var e = cy.edges().max(function (e) { return e.data('weight'); }).ele;"
                + " e.emit('tap'); return e.data('weight');");
        wait.until(b -> !b.findElements(By.cssSelector("#statements-edge li.statement")).isEmpty());
        assertThat((long) browser.findElements(By.cssSelector("#statements-edge li.statement")).size()).isEqualTo(weight);

        js("var s = document.querySelector('select[name=view]'); s.value = 'mentions';"
                + " document.body.setAttribute('data-state', 'loading'); s.dispatchEvent(new Event('change'));");
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')")));
        assertThat((Boolean) js("return cy.data('view') === 'mentions' && cy.edges().length > 0"
                + " && cy.edges().every(function (e) { return e.data('kind') === 'co-occurs'; })")).isTrue();

        js("var s = document.querySelector('select[name=view]'); s.value = 'events';"
                + " document.body.setAttribute('data-state', 'loading'); s.dispatchEvent(new Event('change'));");
        wait.until(b -> "ready".equals(js("return document.body.getAttribute('data-state')")));
        assertThat(browser.findElement(By.id("summary")).getText()).endsWith("edges"); // none yet, still drawn
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
