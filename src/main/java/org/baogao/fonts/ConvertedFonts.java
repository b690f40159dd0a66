package org.baogao.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.baogao.fonts.outline.CffToTrueType;

import org.baogao.text.Messages;

/**
 * The TrueType conversions of the CFF faces this process uses, each made or read from the
 * {@link ConversionCache} once and then shared by every rendering thread (each parses its own
 * copy of the bytes: FontBox objects are not thread-safe).
 *
 * <p>What happens is said in one line a face, through the notices: a conversion (the first
 * time, with how long it took), a damaged or outdated cache entry made again, a cache folder
 * that cannot be written (the conversion then lasts for this process only), a face that cannot
 * be converted (then it is not used).
 */
public final class ConvertedFonts {

    private static volatile ConvertedFonts shared = new ConvertedFonts(ConversionCache.user());

    private final ConversionCache cache;
    private final Map<FontFace, byte[]> converted = new ConcurrentHashMap<>();
    private final Map<FontFace, Object> locks = new ConcurrentHashMap<>();

    public ConvertedFonts(ConversionCache cache) {
        this.cache = cache;
    }

    static ConvertedFonts shared() {
        return shared;
    }

    /** Replaces the process's conversions (tests of the cache's failures). */
    public static void share(ConvertedFonts fonts) {
        shared = fonts;
    }

    public ConversionCache cache() {
        return cache;
    }

    /** Whether the face is ready without converting: converted already in this process, or whole in the cache. */
    public boolean ready(FontFace face) {
        if (converted.containsKey(face)) return true;
        try {
            return cache.read(face).state() == ConversionCache.State.FRESH;
        } catch (IOException e) {
            return false;
        }
    }

    /** The face as a TrueType font file, converting it if no whole cache entry has it. */
    public byte[] bytes(FontFace face, Consumer<String> notices) throws IOException {
        byte[] done = converted.get(face);
        if (done != null) return done;
        synchronized (locks.computeIfAbsent(face, f -> new Object())) {
            done = converted.get(face);
            if (done != null) return done;
            done = load(face, notices);
            converted.put(face, done);
            return done;
        }
    }

    /** For the rendering threads, which have no one to tell: anything to say was said by {@link FontRegistry#prepared}. */
    byte[] bytes(FontFace face) {
        try {
            return bytes(face, message -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(FontNotices.notConverted(face, e), e);
        }
    }

    private byte[] load(FontFace face, Consumer<String> notices) throws IOException {
        ConversionCache.Lookup found;
        try {
            found = cache.read(face);
        } catch (IOException e) {
            found = new ConversionCache.Lookup(ConversionCache.State.DAMAGED, null, e.getMessage());
        }
        switch (found.state()) {
            case FRESH -> {
                return found.font();
            }
            case DAMAGED -> notices.accept(FontNotices.entryDamaged(face, found.reason()));
            case OTHER_VERSION -> notices.accept(FontNotices.entryOutdated(face, found.reason()));
            case OTHER_SOURCE -> notices.accept(FontNotices.entryFromAnotherFile(face));
            case MISSING -> notices.accept(FontNotices.converting(face, cache.folder()));
        }
        long start = System.nanoTime();
        CffToTrueType.Result result;
        try {
            result = convert(face);
        } catch (IOException | RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            cache.write(face, result.font());
            notices.accept(FontNotices.converted(face, result.drawn(), millis));
        } catch (IOException | RuntimeException e) {
            notices.accept(FontNotices.cacheUnwritable(face, cache.folder(), e));
        }
        return result.font();
    }

    private static CffToTrueType.Result convert(FontFace face) throws IOException {
        if (!Files.isReadable(face.file())) throw new IOException(Messages.get("font.detail.unreadable-file"));
        String marker = ConversionCache.marker(face);
        if (face.isCollection()) {
            try (TrueTypeCollection ttc = new TrueTypeCollection(face.file().toFile())) {
                TrueTypeFont font = ttc.getFontByName(face.name());
                if (font == null) throw new IOException(Messages.get("font.detail.no-face", face.name()));
                return CffToTrueType.convert(font, marker);
            }
        }
        try (TrueTypeFont font = new OTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()))) {
            return CffToTrueType.convert(font, marker);
        }
    }
}
