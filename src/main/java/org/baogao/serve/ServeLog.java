package org.baogao.serve;

/**
 * One line of what the preview did (a build, a rebuilt report, a removed one), in the user's
 * language, and whether it is a failure: what {@code serve --quiet} still shows, decided here
 * rather than by looking for a word in the text.
 */
public record ServeLog(String text, boolean failure) {}
