package org.baogao.layout;

/**
 * A metadata value on a report's page, linked to the listing of every report that shares it.
 *
 * @param text the value as shown
 * @param href the listing page relative to the site root, or null when that field has no listings
 */
public record TermLink(String text, String href) {}
