package org.baogao.volume;

import java.util.List;

import org.baogao.fonts.FontStacks;

/**
 * What the cover ({@code templates/volume/cover.ftlh}) and the 目录 ({@code volume/contents.ftlh}) see.
 *
 * @param title     the volume's title, {@code 2023年度民主生活会材料汇编}: the PDF's title too
 * @param value     what binds the reports: the meeting, {@code 2023年度民主生活会}
 * @param label     what the archive calls the field of {@code value}, {@code 会议}
 * @param issuer    who issues the volume: the unit of all its reports, or the archive's name
 * @param dateRange the dates of its reports, {@code 2024年1月16日至1月18日}, or null when none is dated
 * @param marking   the handling mark for the cover (内部资料), or null
 * @param numbering {@code running} (the 目录 gives each report's first page) or {@code per-report}
 *                  (it gives each report's pages)
 * @param entries   the reports, in the order bound
 * @param fonts     the print font stacks per role
 */
public record VolumeModel(String title, String value, String label, String issuer, String dateRange, String marking,
        String numbering, List<Entry> entries, FontStacks fonts) {

    /**
     * One line of the 目录.
     *
     * @param title     the report's title
     * @param author    who signs it: post and name, or the organisation
     * @param firstPage the volume's page number on its first page
     * @param pages     its pages
     */
    public record Entry(String title, String author, int firstPage, int pages) {}

    public VolumeModel {
        entries = List.copyOf(entries);
    }
}
