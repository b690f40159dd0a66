package org.baogao.pdf;

/**
 * The CSS {@code font-family} list of each role, for the print stylesheet. Each list ends in the
 * embedded wide-coverage fallbacks.
 */
public record FontStacks(String title, String body, String heiti, String kaiti, String song) {}
