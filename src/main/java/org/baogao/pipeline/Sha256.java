package org.baogao.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of fields; each field is length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
final class Sha256 {

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Sha256 add(byte[] bytes) {
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
        return this;
    }

    Sha256 add(String s) {
        return add(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
    }

    Sha256 add(long n) {
        return add(Long.toString(n));
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(byte[] bytes) {
        return new Sha256().add(bytes).hex();
    }

    static String of(String... fields) {
        Sha256 h = new Sha256();
        for (String f : fields) h.add(f);
        return h.hex();
    }
}
