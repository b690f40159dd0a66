package org.baogao.chinese;

import java.time.LocalDate;

/** Dates as GB/T 9704 prints them: Arabic numerals, no padding, {@code 2022年1月5日}. */
public final class ChineseDate {
    private ChineseDate() {}

    public static String format(LocalDate date) {
        return date == null ? null
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
