package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.baogao.testing.Browser;
import org.baogao.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The archive as a staff member uses it, in a real Chromium: browse from the home page to a report,
 * search in Chinese, filter, download the PDF. Subclasses open the same site from {@code file://}
 * and from an HTTP server under a base path; every link must work in both.
 */
@Tag("pdf")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArchiveInBrowserTest {

    static final String HE_JUN = "副县长何军2024年度民主生活会对照检查材料";
    static final String CHANGWEI_2023 = "中共临江县委常委班子2023年度民主生活会对照检查材料";
    static final String CHANGWEI_2024 = "中共临江县委常委班子2024年度民主生活会对照检查材料";
    static final String ZHOU_2023 = "县委书记周平2023年度民主生活会对照检查材料";
    static final String ZHOU_2024 = "县委书记周平2024年度民主生活会对照检查材料";
    static final String LIN_XIA = "县委组织部部长林霞2023年度民主生活会对照检查材料";

    Browser browser;
    ChromeDriver driver;
    Path site;

    /** The URL of the site's root, ending in '/'. */
    abstract String root() throws Exception;

    /** What a URL the browser resolved points to, read as the browser would get it. */
    abstract byte[] fetch(String url) throws Exception;

    abstract void serve(Path site) throws Exception;

    abstract void stopServing();

    /** Why the tests are skipped here: no Chromium. */
    String missing;

    @BeforeAll
    void start() throws Exception {
        missing = Browser.unavailable();
        if (missing != null) {
            System.err.println(getClass().getSimpleName() + " skipped: " + missing);
            return;
        }
        browser = Browser.start();
        driver = browser.driver();
        site = TestArchive.site();
        serve(site);
    }

    // skipping test by test, rather than the class at once, lets the report name each test and say why
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (missing == null) stopServing();
    }

    void open(String page) throws Exception {
        driver.get(root() + page);
    }

    @Test
    void theHomePageLeadsThroughAListingToAReportAndItsNeighbours() throws Exception {
        open("index.html");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(TestArchive.NAME);
        assertThat(driver.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertOnlyLocalResources();

        driver.findElement(By.cssSelector("nav.sections")).findElement(By.linkText("按年度")).click();
        driver.findElement(By.linkText("2025年")).click();
        assertThat(texts("table.reports a.report")).containsExactly(CHANGWEI_2024, HE_JUN, ZHOU_2024);
        assertOnlyLocalResources();

        driver.findElement(By.linkText(HE_JUN)).click();
        assertThat(driver.findElement(By.cssSelector("h1.title")).getText()).isEqualTo(HE_JUN);
        assertThat(driver.findElement(By.cssSelector("section.meta")).getText())
                .contains("副县长", "何军", "临江县人民政府", "2024年度民主生活会", "2025年1月15日", "交通运输");
        assertOnlyLocalResources();

        List<WebElement> toc = driver.findElements(By.cssSelector("details.toc a"));
        assertThat(toc).extracting(WebElement::getText).startsWith("一、存在的主要问题", "（一）推动发展方面。");
        toc.get(1).click();
        assertThat(driver.getCurrentUrl()).endsWith("#" + driver.findElement(By.cssSelector("article span.heading"))
                .getDomAttribute("id"));

        // within its meeting, newest first then by file name: 2024/changwei, 2024/he-jun, 2024/zhou-ping
        assertThat(driver.findElement(By.cssSelector("nav.sequence a[rel=prev]")).getText()).contains(CHANGWEI_2024);
        driver.findElement(By.cssSelector("nav.sequence a[rel=next]")).click();
        assertThat(driver.findElement(By.cssSelector("h1.title")).getText()).isEqualTo(ZHOU_2024);
        assertThat(driver.findElements(By.cssSelector("nav.sequence a[rel=next]"))).isEmpty();

        driver.findElement(By.cssSelector("section.meta")).findElement(By.linkText("临江县委")).click();
        assertThat(texts("table.reports a.report")).containsExactly(CHANGWEI_2024, ZHOU_2024, CHANGWEI_2023,
                LIN_XIA, ZHOU_2023);
    }

    @Test
    void aPhraseInExactlyTwoReportsFindsBothWithHighlightedSnippets() throws Exception {
        open("2023/lin-xia/index.html");
        // the search box of a page two folders down, used from the keyboard
        driver.findElement(By.id("site-q")).sendKeys(TestArchive.TWO_REPORTS, Keys.ENTER);
        waitForResults();
        assertThat(driver.getCurrentUrl()).contains("search.html");
        assertOnlyLocalResources();

        List<WebElement> results = driver.findElements(By.cssSelector("#search-results li.result"));
        assertThat(results).extracting(r -> r.findElement(By.cssSelector("h2 a")).getText())
                .containsExactlyInAnyOrder(CHANGWEI_2023, HE_JUN);
        for (WebElement r : results) {
            List<WebElement> marks = r.findElements(By.cssSelector(".snippet mark"));
            assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo(TestArchive.TWO_REPORTS));
            assertThat(r.findElement(By.cssSelector(".snippet")).getText()).containsAnyOf(
                    TestArchive.TWO_REPORTS + "这类民生工程", TestArchive.TWO_REPORTS + "项目开工晚了");
        }
        assertThat(driver.findElement(By.id("search-status")).getText()).contains("2");
    }

    @Test
    void filtersNarrowTheResultsByTypeYearAndUnit() throws Exception {
        open("search.html");
        search(TestArchive.TWO_REPORTS);
        Select type = new Select(driver.findElement(By.id("filter-type")));
        type.selectByValue("individual");
        assertThat(resultTitles()).containsExactly(HE_JUN);
        type.selectByValue("group");
        assertThat(resultTitles()).containsExactly(CHANGWEI_2023);
        type.selectByValue("");

        new Select(driver.findElement(By.id("filter-year"))).selectByValue("2025");
        assertThat(resultTitles()).containsExactly(HE_JUN);
        new Select(driver.findElement(By.id("filter-year"))).selectByValue("");
        new Select(driver.findElement(By.id("filter-unit"))).selectByValue("临江县委");
        assertThat(resultTitles()).containsExactly(CHANGWEI_2023);
    }

    @Test
    void substringsOfAnyLengthMetadataAndSeveralWordsAreFound() throws Exception {
        open("search.html");
        search(TestArchive.THREE_REPORTS);
        assertThat(resultTitles()).containsExactlyInAnyOrder(CHANGWEI_2023, HE_JUN, ZHOU_2024);
        search("理论学习");
        assertThat(resultTitles()).containsExactlyInAnyOrder(CHANGWEI_2023, ZHOU_2023, CHANGWEI_2024, ZHOU_2024);
        search("理论学习 整改");
        assertThat(resultTitles()).containsExactlyInAnyOrder(CHANGWEI_2023, ZHOU_2024);
        search("林霞");
        assertThat(resultTitles()).containsExactly(LIN_XIA);
        search("ｇdp");
        assertThat(resultTitles()).containsExactly(ZHOU_2023);
        assertThat(driver.findElement(By.cssSelector("#search-results mark")).getText()).isEqualTo("GDP");
        search("征求意见稿");
        assertThat(resultTitles()).isEmpty();
        assertThat(driver.findElement(By.id("search-status")).getText()).startsWith("没有找到");
    }

    @Test
    void pdfLinksResolveToThePdfFiles() throws Exception {
        byte[] expected = Files.readAllBytes(site.resolve("2024/he-jun/he-jun.pdf"));
        open("2024/he-jun/index.html");
        assertThat(fetch(driver.findElement(By.cssSelector("header.site a.pdf")).getDomProperty("href"))).isEqualTo(expected);
        assertThat(fetch(driver.findElement(By.cssSelector("section.meta a.pdf-file")).getDomProperty("href"))).isEqualTo(expected);

        open("search.html?q=" + java.net.URLEncoder.encode("何军", java.nio.charset.StandardCharsets.UTF_8));
        waitForResults();
        assertThat(fetch(driver.findElement(By.cssSelector("#search-results a.pdf")).getDomProperty("href"))).isEqualTo(expected);

        open("browse/index.html");
        List<WebElement> pdfs = driver.findElements(By.cssSelector("table.reports a.pdf"));
        assertThat(pdfs).hasSize(6);
        for (WebElement a : pdfs) assertThat(new String(fetch(a.getDomProperty("href")), 0, 5)).isEqualTo("%PDF-");
    }

    private void search(String query) {
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys(query, Keys.ENTER);
        waitForResults();
    }

    private void waitForResults() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("找到") || status.startsWith("没有找到");
        });
    }

    private List<String> resultTitles() {
        return texts("#search-results li.result h2 a");
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Every request the pages made since the last check went to the archive itself: no CDN, no web fonts. */
    private void assertOnlyLocalResources() throws Exception {
        // chrome:// and data: are the browser's own, such as the clear button of a search field
        List<String> urls = browser.requests().stream()
                .filter(u -> !u.startsWith("chrome://") && !u.startsWith("data:")).toList();
        assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(root()));
    }
}
