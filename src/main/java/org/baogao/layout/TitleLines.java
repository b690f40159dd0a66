package org.baogao.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a long title into balanced lines, as GB/T 9704 asks: "回行时，要做到词意完整，排列对称，
 * 长短适宜". A line breaker fills the first line and leaves a stub on the last ("…对照" / "检查材料");
 * this finds the breaks that make the lines as even as possible without splitting a word.
 *
 * <p>Chinese has no spaces to mark words, so a break is allowed only between two characters that
 * are not inside a protected word: the report's own names (author, post, unit, meeting) and the
 * words every such title is made of (民主生活会, 对照检查材料…); nor inside a number; nor before
 * closing or after opening punctuation. A break at the edge of a protected word is preferred.
 */
public final class TitleLines {

    /** Words of report titles that must not be split across lines, longest first where they overlap. */
    static final List<String> LEXICON = List.of(
            "对照检查材料", "对照检查", "检查材料", "发言提纲", "发言材料", "民主生活会", "组织生活会", "专题民主生活会",
            "学习教育", "主题教育", "党史学习教育", "党纪学习教育", "常委班子", "领导班子", "班子成员", "党组班子",
            "人民政府", "县委", "市委", "区委", "党工委", "党组", "常委会", "副书记", "书记", "副县长", "副区长",
            "副市长", "县长", "区长", "市长", "主任", "局长", "年度", "五个方面", "五个带头", "六个方面");

    private static final String NO_LINE_START = "，。、；：？！）》」』】”’…·";
    private static final String NO_LINE_END = "（《「『【“‘";

    private TitleLines() {}

    /**
     * @param title    the title
     * @param maxEm    the longest a line may be, in ems of the title size
     * @param keep     further words to keep whole: the report's names
     */
    public static List<String> balance(String title, double maxEm, List<String> keep) {
        int[] cps = title.strip().codePoints().toArray();
        int n = cps.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + EmWidth.of(cps[i]);
        double total = prefix[n];
        if (total <= maxEm || n < 4) return List.of(title.strip());

        String s = new String(cps, 0, n);
        boolean[] allowed = new boolean[n + 1];
        boolean[] preferred = new boolean[n + 1];
        for (int i = 1; i < n; i++) allowed[i] = allowedBetween(cps[i - 1], cps[i]);
        List<String> words = new ArrayList<>(LEXICON);
        for (String k : keep) if (k != null && k.strip().length() > 1) words.add(k.strip());
        protect(s, cps, words, allowed, preferred);

        for (int lines = (int) Math.ceil(total / maxEm); lines <= n; lines++) {
            int[] breaks = best(prefix, allowed, preferred, lines, maxEm);
            if (breaks != null) {
                List<String> out = new ArrayList<>();
                int from = 0;
                for (int b : breaks) {
                    out.add(new String(cps, from, b - from));
                    from = b;
                }
                out.add(new String(cps, from, n - from));
                return out;
            }
        }
        return List.of(title.strip());
    }

    /** Marks breaks inside protected words as not allowed, and breaks at their edges as preferred. */
    private static void protect(String s, int[] cps, List<String> words, boolean[] allowed, boolean[] preferred) {
        // code point index of each char index, to translate String.indexOf results
        int[] cpAt = new int[s.length() + 1];
        for (int ci = 0, cp = 0; ci < s.length(); cp++) {
            int len = Character.charCount(s.codePointAt(ci));
            for (int k = 0; k < len; k++) cpAt[ci + k] = cp;
            ci += len;
        }
        cpAt[s.length()] = cps.length;
        for (String w : words) {
            for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
                int start = cpAt[at];
                int end = cpAt[at + w.length()];
                for (int i = start + 1; i < end; i++) allowed[i] = false;
                preferred[start] = true;
                preferred[end] = true;
            }
        }
    }

    /**
     * Breaks minimising the squared differences from even lines, with a bonus for breaking at a
     * word's edge; null when no breaks keep every line within {@code maxEm}.
     */
    private static int[] best(double[] prefix, boolean[] allowed, boolean[] preferred, int lines, double maxEm) {
        int n = prefix.length - 1;
        double target = prefix[n] / lines;
        double[][] cost = new double[lines + 1][n + 1];
        int[][] from = new int[lines + 1][n + 1];
        for (double[] row : cost) java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        cost[0][0] = 0;
        for (int l = 1; l <= lines; l++) {
            for (int end = 1; end <= n; end++) {
                if (end < n && !allowed[end]) continue;
                if (l == lines && end != n) continue;
                for (int start = 0; start < end; start++) {
                    if (Double.isInfinite(cost[l - 1][start])) continue;
                    double w = prefix[end] - prefix[start];
                    if (w > maxEm + 1e-9) continue;
                    // a one-character line is never balanced
                    if (end - start < 2) continue;
                    double c = cost[l - 1][start] + (w - target) * (w - target)
                            - (end < n && preferred[end] ? 0.5 : 0);
                    if (c < cost[l][end]) {
                        cost[l][end] = c;
                        from[l][end] = start;
                    }
                }
            }
        }
        if (Double.isInfinite(cost[lines][n])) return null;
        int[] breaks = new int[lines - 1];
        int at = n;
        for (int l = lines; l > 1; l--) {
            at = from[l][at];
            breaks[l - 2] = at;
        }
        return breaks;
    }

    private static boolean allowedBetween(int before, int after) {
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) return false;
        // numbers and Latin words stay whole: 2023年度, PDF
        if (isNarrowWordChar(before) && isNarrowWordChar(after)) return false;
        // a number stays with the 年/月/日/个 it counts
        return !(Character.isDigit(before) && !isNarrowWordChar(after) && "年月日个次项条".indexOf(after) >= 0);
    }

    private static boolean isNarrowWordChar(int c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
