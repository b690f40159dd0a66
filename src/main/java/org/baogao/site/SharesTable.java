package org.baogao.site;

import java.util.List;

import org.baogao.hash.Sha256;

/**
 * A meeting's reports' shares against each other (查重), as its listing shows them: a row per
 * report, a column per report, each cell the part of the row's body it shares with the column's
 * report; and the row's share against the whole archive.
 *
 * @param columns the reports, in the listing's order: who signs each, as the columns' heads
 * @param rows    the same reports, in the same order
 * @param found   whether any two of them share a passage; when none do, the listing says so in a line
 */
public record SharesTable(List<Column> columns, List<Row> rows, boolean found) {

    public SharesTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param label who signs the report, or its title when nobody does
     * @param title its title, for the head's tooltip
     */
    public record Column(String label, String title) {}

    /**
     * @param title its title
     * @param href  its page, relative to the site root
     * @param label who signs it, as its column is headed
     * @param total its share against the whole archive, as printed ({@code 12.3%}), or "" when it shares nothing
     * @param cells its share against each report of the meeting, in the columns' order
     */
    public record Row(String title, String href, String label, String total, boolean warned, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param text   the share as printed, {@code 12.3%}; "" for none, and for the report against itself
     * @param self   the report against itself
     * @param warned above the project's {@code warn-share}
     */
    public record Cell(String text, boolean self, boolean warned) {}

    /** What the table shows, for the listing's key. */
    String key() {
        Sha256 k = new Sha256().add("shares").add(String.valueOf(found)).add(columns.size());
        for (Column c : columns) k.add(c.label()).add(c.title());
        // a row's cells as one field, each cell its text and a letter for its flags (a percentage has
        // none of a–d): three fields a cell made 15,500 cells' key cost more than the table
        StringBuilder cells = new StringBuilder();
        for (Row r : rows) {
            k.add(r.title()).add(r.href()).add(r.label()).add(r.total()).add(String.valueOf(r.warned())).add(r.cells().size());
            cells.setLength(0);
            for (Cell c : r.cells()) cells.append(c.text()).append((char) ('a' + (c.self() ? 2 : 0) + (c.warned() ? 1 : 0)));
            k.add(cells.toString());
        }
        return k.hex();
    }
}
