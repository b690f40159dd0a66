package org.baogao.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the hash of the build's keys (what an output was made from) and of the archive's file
 * names for Chinese values. Over a sequence of fields each field is length-prefixed, so that
 * ("ab", "c") and ("a", "bc") differ; {@link #digest} is the plain hash of one text.
 */
public final class Sha256 {

    private final MessageDigest digest;
    /** A field's length prefix, one array for every field: a key of a listing has thousands of fields. */
    private final byte[] prefix = new byte[4];

    public Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public Sha256 add(byte[] bytes) {
        int n = bytes.length;
        prefix[0] = (byte) (n >>> 24);
        prefix[1] = (byte) (n >>> 16);
        prefix[2] = (byte) (n >>> 8);
        prefix[3] = (byte) n;
        digest.update(prefix);
        digest.update(bytes);
        return this;
    }

    public Sha256 add(String s) {
        return add(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
    }

    public Sha256 add(long n) {
        return add(Long.toString(n));
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(byte[] bytes) {
        return new Sha256().add(bytes).hex();
    }

    public static String of(String... fields) {
        Sha256 h = new Sha256();
        for (String f : fields) h.add(f);
        return h.hex();
    }

    /** The plain SHA-256 of a text in UTF-8, without the length prefix of a field. */
    public static byte[] digest(String text) {
        return new Sha256().digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
