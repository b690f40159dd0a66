package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.baogao.content.FrontMatter;
import org.baogao.content.SignaturePlace;
import org.baogao.hash.Sha256;
import org.baogao.layout.ReportLink;
import org.baogao.layout.SimilarPanel;
import org.baogao.layout.TermLink;
import org.baogao.layout.TermLinks;
import org.baogao.layout.WebContext;
import org.baogao.print.OutputFormat;
import org.baogao.print.PageNumbers;
import org.baogao.print.PrintSettings;
import org.junit.jupiter.api.Test;

/**
 * The keys of what a page shows are written field by field: every component of the records a
 * page shows changes the key, so that a component added to a record without being keyed fails here.
 */
class KeyFieldsTest {

    static final PrintSettings PRINT = new PrintSettings(PageNumbers.OUTSIDE, false, List.of(3), List.of(OutputFormat.DOCX));
    static final FrontMatter META = new FrontMatter("标题", "individual", "李明", "县委副书记", "青山县委", "2023年度民主生活会",
            LocalDate.of(2024, 1, 18), List.of("整改"), false, "内部资料", SignaturePlace.END, PRINT, "以上发言，请批评。");
    static final WebContext WEB = new WebContext("报告档案", "个人",
            new TermLinks(new TermLink("2024年", "browse/year/2024.html"), new TermLink("个人", "t.html"), new TermLink("李明", "a.html"),
                    new TermLink("县委副书记", "p.html"), new TermLink("青山县委", "u.html"), new TermLink("会议", "m.html"),
                    List.of(new TermLink("整改", "g.html"))),
            new ReportLink("前一份", "2024/a/index.html", "王芳", "2024年1月1日"), null, 6, 356_000, "li-ming.docx",
            "2024年1月20日 09:30", new SimilarPanel(400, 120, 80, 60, 0.3,
                    List.of(new SimilarPanel.Source("2022年度材料", "2022/li-ming/index.html", "李明", "2023年1月10日", true, 80, 2)),
                    3, List.of(new SimilarPanel.Mark(10, 50, SimilarPanel.Kind.PAST, 1))));

    @Test
    void everyFieldOfTheFrontMatterIsInItsKey() throws Exception {
        assertEveryComponentCounts(META, m -> KeyFields.add(new Sha256(), m).hex());
    }

    @Test
    void everyPrintSettingIsInItsKey() throws Exception {
        assertEveryComponentCounts(PRINT, p -> KeyFields.add(new Sha256(), p).hex());
    }

    @Test
    void everythingAboutAPagesPlaceIsInItsKey() throws Exception {
        assertEveryComponentCounts(WEB, w -> KeyFields.add(new Sha256(), w).hex());
        assertEveryComponentCounts(WEB.terms(), t -> KeyFields.add(new Sha256(), withTerms(t)).hex());
        assertEveryComponentCounts(WEB.previous(), r -> KeyFields.add(new Sha256(), withPrevious(r)).hex());
    }

    @Test
    void everythingTheSimilarityPanelShowsIsInThePagesKey() throws Exception {
        SimilarPanel p = WEB.similar();
        assertEveryComponentCounts(p, q -> KeyFields.add(new Sha256(), WEB.withSimilar(q)).hex());
        assertEveryComponentCounts(p.sources().get(0), s -> KeyFields.add(new Sha256(), WEB.withSimilar(new SimilarPanel(p.chars(),
                p.shared(), p.sameAuthor(), p.others(), p.warnShare(), List.of(s), p.more(), p.marks()))).hex());
        assertEveryComponentCounts(p.marks().get(0), m -> KeyFields.add(new Sha256(), WEB.withSimilar(new SimilarPanel(p.chars(),
                p.shared(), p.sameAuthor(), p.others(), p.warnShare(), p.sources(), p.more(), List.of(m)))).hex());
        assertThat(KeyFields.add(new Sha256(), WEB.withSimilar(null)).hex()).isNotEqualTo(KeyFields.add(new Sha256(), WEB).hex());
    }

    @Test
    void everythingAMeetingsTableShowsIsInItsKey() throws Exception {
        SharesTable.Cell cell = new SharesTable.Cell("12.5%", false, true);
        SharesTable.Column column = new SharesTable.Column("李明", "李明2023年度材料");
        SharesTable.Row row = new SharesTable.Row("李明2023年度材料", "2023/li-ming/index.html", "李明", "20.0%", false,
                List.of(new SharesTable.Cell("", true, false), cell));
        SharesTable table = new SharesTable(List.of(column, column), List.of(row, row), true);
        assertEveryComponentCounts(table, SharesTable::key);
        assertEveryComponentCounts(column, c -> new SharesTable(List.of(c), table.rows(), true).key());
        assertEveryComponentCounts(row, r -> new SharesTable(table.columns(), List.of(r), true).key());
        assertEveryComponentCounts(cell, c -> new SharesTable(table.columns(), List.of(new SharesTable.Row(row.title(), row.href(),
                row.label(), row.total(), row.warned(), List.of(c))), true).key());
    }

    @Test
    void aValueMovedToAnotherFieldChangesTheKey() {
        FrontMatter moved = new FrontMatter(META.title(), META.type(), META.post(), META.author(), META.unit(), META.meeting(),
                META.date(), META.tags(), META.draft(), META.marking(), META.signature(), META.print(), META.closing());
        assertThat(KeyFields.add(new Sha256(), moved).hex()).isNotEqualTo(KeyFields.add(new Sha256(), META).hex());
    }

    private static WebContext withTerms(TermLinks t) {
        return new WebContext(WEB.archiveName(), WEB.typeLabel(), t, WEB.previous(), WEB.next(), WEB.pages(), WEB.pdfBytes(), WEB.docx(), WEB.staleSince(), WEB.similar());
    }

    private static WebContext withPrevious(ReportLink r) {
        return new WebContext(WEB.archiveName(), WEB.typeLabel(), WEB.terms(), r, WEB.next(), WEB.pages(), WEB.pdfBytes(), WEB.docx(), WEB.staleSince(), WEB.similar());
    }

    /** For each component of {@code record}, a copy with that component alone changed has another key. */
    private static <R extends Record> void assertEveryComponentCounts(R record, Function<R, String> key) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        String original = key.apply(record);
        for (int i = 0; i < components.length; i++) {
            List<Object> args = new ArrayList<>();
            for (RecordComponent c : components) args.add(c.getAccessor().invoke(record));
            args.set(i, different(args.get(i), components[i].getType()));
            @SuppressWarnings("unchecked")
            R changed = (R) canonical.newInstance(args.toArray());
            assertThat(key.apply(changed)).as("the key with another %s", components[i].getName()).isNotEqualTo(original);
        }
    }

    private static Object different(Object value, Class<?> type) {
        if (type == String.class) return value == null ? "另一个" : value + "又一个";
        if (type == int.class) return (Integer) value + 1;
        if (type == long.class) return (Long) value + 1;
        if (type == double.class) return (Double) value + 0.1;
        if (type == SimilarPanel.Kind.class) return value == SimilarPanel.Kind.PAST ? SimilarPanel.Kind.OTHERS : SimilarPanel.Kind.PAST;
        if (type == SimilarPanel.class) return value == null ? WEB.similar() : null;
        if (type == Integer.class) return value == null ? Integer.valueOf(1) : null;
        if (type == boolean.class) return !(Boolean) value;
        if (type == Boolean.class) return value == null ? Boolean.TRUE : null;
        if (type == LocalDate.class) return ((LocalDate) value).plusDays(1);
        if (type == SignaturePlace.class) return value == SignaturePlace.END ? SignaturePlace.UNDER_TITLE : SignaturePlace.END;
        if (type == PageNumbers.class) return value == PageNumbers.OUTSIDE ? PageNumbers.CENTER : PageNumbers.OUTSIDE;
        if (type == PrintSettings.class) return new PrintSettings(PageNumbers.CENTER, true, List.of(3, 4), List.of());
        if (type == TermLink.class) return value == null ? new TermLink("新", null) : new TermLink(((TermLink) value).text() + "新", null);
        if (type == ReportLink.class) return value == null ? new ReportLink("后一份", "2024/b/index.html", "张华", null) : null;
        if (type == TermLinks.class) return new TermLinks(null, null, null, null, null, null, List.of());
        if (type == List.class) {
            List<Object> more = new ArrayList<>((List<?>) value);
            more.add(more.isEmpty() || more.get(0) instanceof String ? "又一个" : more.get(0));
            return more;
        }
        throw new AssertionError("no other value for a " + type + ": teach the test one");
    }
}
