package org.baogao.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the content and templates folders (with every folder below them, including ones made
 * later) and the project's configuration files, and hands over the paths that changed in batches:
 * an editor's save is often several events (a temporary file, a rename), and one rebuild is enough.
 */
final class ChangeWatcher implements AutoCloseable {

    /** Events closer together than this are one save. */
    static final long SETTLE_MILLIS = 60;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Set<Path> files;
    private final Set<Path> treeFolders = new LinkedHashSet<>();
    private final Thread thread;

    /**
     * @param trees   folders watched with everything below them
     * @param files   single files watched (their folder is watched for them)
     * @param changes told of each batch of changed paths, on the watcher's thread
     */
    ChangeWatcher(List<Path> trees, List<Path> files, Consumer<Set<Path>> changes) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.files = new LinkedHashSet<>();
        for (Path t : trees) if (Files.isDirectory(t)) registerTree(t.toAbsolutePath().normalize());
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            this.files.add(abs);
            Path parent = abs.getParent();
            if (parent != null && Files.isDirectory(parent) && !dirs.containsValue(parent)) register(parent);
        }
        thread = new Thread(() -> loop(changes), "baogao-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> changes) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> batch = new LinkedHashSet<>();
                collect(key, batch);
                // let the rest of the save arrive
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) collect(more, batch);
                if (!batch.isEmpty()) changes.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) continue;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(dir);
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (isWatchedFileFolderOnly(dir) && !files.contains(changed)) continue;
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // a folder that vanished again
                }
            }
        }
        if (!key.reset()) dirs.remove(key);
    }

    /** A folder watched only for the single files in it: other files there are not ours. */
    private boolean isWatchedFileFolderOnly(Path dir) {
        return files.stream().anyMatch(f -> dir.equals(f.getParent())) && !treeFolders.contains(dir);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root, 16)) {
            for (Path d : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (root.relativize(d).toString().startsWith(".")) continue;
                treeFolders.add(d);
                register(d);
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        dirs.put(key, dir);
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
