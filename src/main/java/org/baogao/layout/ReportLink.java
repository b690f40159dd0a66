package org.baogao.layout;

/**
 * A link from one report's page to another report.
 *
 * @param title    the other report's title
 * @param href     its page, relative to the site root
 * @param author   who signs it
 * @param dateText its date as printed, or null
 */
public record ReportLink(String title, String href, String author, String dateText) {}
