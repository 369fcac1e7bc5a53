package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.newsflow.ingest.config.IngestConfig;

/**
 * A {@code .zip} of article files, read entry by entry from the uploaded temporary file. Zip-bomb
 * guard: at most so many entries, so many uncompressed bytes in all, and no entry inflating beyond
 * a ratio of its compressed size; the bytes are counted as they inflate, since the sizes an archive
 * declares can lie.
 */
final class ZipEntries {
    /** Below this many bytes an entry's ratio says nothing (a small file of spaces compresses 1000x). */
    private static final long RATIO_FLOOR_BYTES = 1 << 20;

    interface EntryReader {
        void read(String name, InputStream content) throws IOException;
    }

    private ZipEntries() {
    }

    static void read(Path archive, String archiveName, IngestConfig.Zip limits, EntryReader reader, ItemSink sink)
            throws IOException {
        long[] inflated = {0};
        int entries = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || ignored(entry.getName())) {
                    continue;
                }
                String name = archiveName + "/" + entry.getName();
                if (++entries > limits.maxEntries()) {
                    sink.accept(UploadItem.failed(Position.file(archiveName), null, IngestProblem.tooLarge(
                            "The archive has more than " + limits.maxEntries() + " files; the rest was not read.")));
                    return;
                }
                try (InputStream content = new Guarded(zip.getInputStream(entry), entry.getCompressedSize(),
                        limits, inflated)) {
                    reader.read(name, content);
                } catch (IngestProblem bomb) {
                    sink.accept(UploadItem.failed(Position.file(name), null, bomb));
                    if (inflated[0] > limits.maxUncompressedBytes().asLongValue()) {
                        return;
                    }
                }
            }
        } catch (java.util.zip.ZipException notAZip) {
            sink.accept(UploadItem.failed(Position.file(archiveName), null, IngestProblem.badRequest("bad-zip",
                    "The file is not a readable zip archive: " + notAZip.getMessage())));
        }
    }

    /** Finder and resource-fork litter that archivers on macOS add. */
    private static boolean ignored(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.startsWith("._") || base.equals(".DS_Store");
    }

    private static final class Guarded extends BoundedInput {
        private final long compressed;
        private final IngestConfig.Zip limits;
        private final long[] inflatedInArchive;

        Guarded(InputStream in, long compressed, IngestConfig.Zip limits, long[] inflatedInArchive) {
            super(in, Long.MAX_VALUE, "The entry");
            this.compressed = Math.max(compressed, 1);
            this.limits = limits;
            this.inflatedInArchive = inflatedInArchive;
        }

        @Override
        protected void counted(long n) {
            super.counted(n);
            inflatedInArchive[0] += n;
            if (inflatedInArchive[0] > limits.maxUncompressedBytes().asLongValue()) {
                throw IngestProblem.tooLarge("The archive inflates beyond " + limits.maxUncompressedBytes()
                        .asLongValue() + " bytes; reading stopped here.");
            }
            if (count() > RATIO_FLOOR_BYTES && count() / compressed > limits.maxCompressionRatio()) {
                throw IngestProblem.tooLarge("The entry inflates more than " + limits.maxCompressionRatio()
                        + " times its compressed size, as a zip bomb does; it was not read.");
            }
        }
    }
}
