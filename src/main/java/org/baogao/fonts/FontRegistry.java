package org.baogao.fonts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which font file serves each {@link FontRole}, found once per build.
 *
 * <p>Fonts are looked for in the folders the user names first (a project {@code fonts/} folder,
 * {@code --fonts}), then in the operating system's folders. Each role takes the first face that
 * answers to one of its preferred names; then every role's chain continues with the body font and
 * the wide-coverage fallbacks, so that the renderer, which falls back glyph by glyph along
 * {@code font-family}, finds every character that any of them has.
 */
public final class FontRegistry {

    /** What a newcomer on Debian or Ubuntu installs to get every role filled with a free font. */
    public static final String DEBIAN_PACKAGES = "fonts-noto-cjk fonts-noto-cjk-extra"
            + " fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-microhei fonts-lxgw-wenkai fonts-droid-fallback";

    private final Map<FontRole, FontFace> roles;
    private final List<FontFace> fallbacks;
    private final List<String> skipped;
    private final List<FontFace> faces;
    /** Made once, when first asked for: it reads the Song face's character map. */
    private volatile FontStacks stacks;

    private FontRegistry(Map<FontRole, FontFace> roles, List<FontFace> fallbacks, List<String> skipped, List<FontFace> faces) {
        this.roles = Collections.unmodifiableMap(roles);
        this.fallbacks = List.copyOf(fallbacks);
        this.skipped = List.copyOf(skipped);
        this.faces = List.copyOf(faces);
    }

    /** Scans {@code userFolders} (first) and the system's font folders. */
    public static FontRegistry discover(List<Path> userFolders) {
        FontScanner scanner = new FontScanner();
        for (Path p : folders(userFolders)) scanner.scan(p);
        return of(scanner.faces(), scanner.skipped());
    }

    /** The folders {@link #discover} searches, in order: {@code userFolders}, then the system's. */
    public static List<Path> folders(List<Path> userFolders) {
        List<Path> all = new ArrayList<>(userFolders);
        all.addAll(FontScanner.systemFolders());
        return all;
    }

    /** Whether {@link #discover} would look at this file. */
    public static boolean isFontFile(Path file) {
        return FontScanner.isFontFile(file);
    }

    /**
     * The registry of faces found earlier by {@link #discover}, as {@link #faces()} and
     * {@link #skipped()} gave them: reading a list is quicker than parsing every font again.
     */
    public static FontRegistry of(List<FontFace> faces, List<String> skipped) {
        Map<FontRole, FontFace> roles = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            pick(faces.stream().filter(FontFace::chinese).toList(), role.preferences(), role == FontRole.TITLE)
                    .ifPresent(f -> roles.put(role, f));
        }
        List<FontFace> fallbacks = new ArrayList<>();
        for (String name : FontRole.FALLBACKS) {
            pick(faces, List.of(name), false).filter(f -> !fallbacks.contains(f)).ifPresent(fallbacks::add);
        }
        return new FontRegistry(roles, fallbacks, skipped, faces);
    }

    /**
     * This registry with its CFF faces converted (or found converted in the cache) and every face
     * it uses parsed, before any report is rendered, each conversion said in a line; a face that
     * cannot be converted or parsed is left out, said in a line, and its role goes to the next
     * face that can fill it.
     */
    public FontRegistry prepared(Consumer<String> notices) {
        List<FontFace> usable = new ArrayList<>(faces);
        List<String> problems = new ArrayList<>(skipped);
        FontRegistry r = this;
        try (FacesAhead ahead = new FacesAhead(used().size())) {
            // a face's lines are said once, when its turn comes; a face left out gives its role to one prepared already or here
            Set<FontFace> said = new java.util.HashSet<>();
            while (true) {
                List<FontFace> used = r.used();
                ahead.start(used);
                Optional<FontFace> failed = Optional.empty();
                for (FontFace f : used) {
                    FacesAhead.Result done = ahead.result(f);
                    if (said.add(f)) done.notices().forEach(notices);
                    if (done.problem() != null) {
                        notices.accept(done.problem());
                        problems.add(done.problem());
                        failed = Optional.of(f);
                        break;
                    }
                }
                if (failed.isEmpty()) return r;
                usable.remove(failed.get());
                r = of(usable, problems);
            }
        }
    }

    /** The faces of the roles and the fallbacks: those the renderer is given. */
    List<FontFace> used() {
        return List.copyOf(new LinkedHashSet<>(registrations().values()));
    }

    /**
     * The face answering to the first preferred name that any face answers to; of a family's
     * weights, the one nearest to regular (or to bold when {@code preferBold}), so that a Light
     * or ExtraLight face is not taken for the text.
     */
    private static Optional<FontFace> pick(List<FontFace> faces, List<String> names, boolean preferBold) {
        int target = preferBold ? 700 : 400;
        for (String name : names) {
            Optional<FontFace> best = faces.stream().filter(f -> f.answersTo(name))
                    .min(java.util.Comparator.comparingInt(f -> Math.abs(f.weight() - target)));
            if (best.isPresent()) return best;
        }
        return Optional.empty();
    }

    public Optional<FontFace> face(FontRole role) {
        return Optional.ofNullable(roles.get(role));
    }

    /** Faces common to every role's chain: a character one of them has prints in any role. */
    public List<FontFace> commonChain() {
        Set<FontFace> chain = new LinkedHashSet<>();
        face(FontRole.BODY).ifPresent(chain::add);
        chain.addAll(fallbacks);
        return List.copyOf(chain);
    }

    /**
     * The family names to register with the renderer and the face each stands for. A face may
     * stand under several names (one role's and a fallback's); it is embedded once.
     */
    public Map<String, FontFace> registrations() {
        Map<String, FontFace> out = new LinkedHashMap<>();
        roles.forEach((role, face) -> out.put(role.cssFamily(), face));
        for (int i = 0; i < fallbacks.size(); i++) out.put(fallbackFamily(i), fallbacks.get(i));
        return out;
    }

    /** The CSS {@code font-family} list for a role: its own font, the body font, the fallbacks. */
    public String stack(FontRole role) {
        Set<String> names = new LinkedHashSet<>();
        if (roles.containsKey(role)) names.add(role.cssFamily());
        if (roles.containsKey(FontRole.BODY)) names.add(FontRole.BODY.cssFamily());
        for (int i = 0; i < fallbacks.size(); i++) names.add(fallbackFamily(i));
        return String.join(", ", names);
    }

    /** The faces of a role's {@link #stack}, in the same order: the order the renderer tries them for each character. */
    public List<FontFace> chain(FontRole role) {
        Set<FontFace> faces = new LinkedHashSet<>();
        if (roles.containsKey(role)) faces.add(roles.get(role));
        if (roles.containsKey(FontRole.BODY)) faces.add(roles.get(FontRole.BODY));
        faces.addAll(fallbacks);
        return List.copyOf(faces);
    }

    public FontStacks stacks() {
        FontStacks s = stacks;
        if (s == null) {
            FontFace song = roles.get(FontRole.SONG);
            boolean alone = song != null && PAGE_NUMBER_CHARACTERS.codePoints().allMatch(cp -> FontCache.current().covers(song, cp));
            float padding = PageNumberPlacement.BELOW_TEXT_BLOCK;
            if (song != null) {
                try {
                    // the dash cut out of the face, which reads as the whole face does, without parsing the whole face
                    padding = PageNumberPlacement.padding(FontCache.current().cutDown(song, List.of(PageNumberPlacement.DASH)));
                } catch (java.io.IOException | RuntimeException e) {
                    // a face whose dash cannot be measured: the line's top at 7 mm, as a typist would
                }
            }
            stacks = s = new FontStacks(stack(FontRole.TITLE), stack(FontRole.BODY), stack(FontRole.HEITI),
                    stack(FontRole.KAITI), stack(FontRole.SONG), alone ? FontRole.SONG.cssFamily() : stack(FontRole.SONG),
                    PageNumberPlacement.css(padding));
        }
        return s;
    }

    /** What a page number is made of: "— 12 —". */
    public static final String PAGE_NUMBER_CHARACTERS = "— 0123456789";

    private static String fallbackFamily(int i) {
        return "bg-fallback-" + (i + 1);
    }

    /** Fails when no font can print Chinese, naming what to install. */
    public void requireChinese() throws FontsMissingException {
        if (roles.containsKey(FontRole.BODY)) return;
        throw new FontsMissingException("""
                no Chinese font was found (%d usable font faces scanned, %d skipped).
                  Debian/Ubuntu:  sudo apt-get install %s
                  Windows/macOS:  the system fonts (仿宋, 黑体, 楷体, 宋体) are found automatically
                  anywhere:       put .ttf/.otf/.ttc files in a 'fonts' folder of the project, or pass --fonts DIR"""
                .formatted(faces.size(), skipped.size(), DEBIAN_PACKAGES));
    }

    /**
     * One line of {@code baogao fonts}: a role, or a fallback, and the face that serves it.
     *
     * @param face     null: none
     * @param standing how the face stands to the standard; null for a fallback or no face
     * @param better   what to install for a better face, or null when it is the office font
     */
    public record Assignment(String role, String label, FontFace face, FontRole.Standing standing, String better) {}

    /** Which face serves each role, then the fallbacks in order. */
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            FontFace f = roles.get(role);
            FontRole.Standing standing = f == null ? null : role.standing(f);
            out.add(new Assignment(role.name().toLowerCase(java.util.Locale.ROOT), role.label(), f, standing,
                    role.better(f)));
        }
        for (int i = 0; i < fallbacks.size(); i++) {
            out.add(new Assignment("fallback", String.valueOf(i + 1), fallbacks.get(i), null, null));
        }
        return out;
    }

    public int scanned() {
        return faces.size();
    }

    /** Every usable face found, in the order of the search. */
    public List<FontFace> faces() {
        return faces;
    }

    public List<String> skipped() {
        return skipped;
    }
}
