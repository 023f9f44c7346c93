package fr.interconnectes.candidatures.domain;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a file's real type from its first bytes, so that a file declared as one type but holding another (a PNG
 * named {@code .pdf}, a text file renamed) is refused.
 *
 * <ul>
 *   <li>PDF: starts with {@code %PDF-}</li>
 *   <li>PNG: starts with {@code 89 50 4E 47 0D 0A 1A 0A}</li>
 *   <li>JPEG: starts with {@code FF D8 FF}</li>
 *   <li>ODF (odt, ods, odp): a ZIP whose first entry is {@code mimetype}, stored uncompressed, holding exactly the
 *       OpenDocument media type</li>
 *   <li>OOXML (docx, xlsx, pptx): a ZIP with a {@code [Content_Types].xml} entry and an entry under {@code word/},
 *       {@code xl/} or {@code ppt/}, found by walking the local file headers in the bytes given</li>
 * </ul>
 *
 * Pure functions over the bytes given; nothing is read beyond them and no input makes them throw.
 */
public final class FileSniffer {

    /** How many leading bytes to read from a file before sniffing it. */
    public static final int SNIFF_BYTES = 8 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final int LOCAL_FILE_HEADER = 0x04034b50;
    private static final int CENTRAL_DIRECTORY_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int LOCAL_HEADER_LENGTH = 30;
    private static final int FLAG_DATA_DESCRIPTOR = 0x08;
    private static final int METHOD_STORED = 0;
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;

    private static final Set<FileType> ODF = EnumSet.of(FileType.ODT, FileType.ODS, FileType.ODP);
    private static final Set<FileType> OOXML = EnumSet.of(FileType.DOCX, FileType.XLSX, FileType.PPTX);

    private FileSniffer() {
    }

    /**
     * The type the bytes show, if they show one of the {@link FileType}s for sure.
     *
     * @param firstBytes the first bytes of the file (up to {@link #SNIFF_BYTES} is enough; more is used if given)
     */
    public static Optional<FileType> sniff(byte[] firstBytes) {
        if (firstBytes == null || firstBytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(firstBytes, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(firstBytes, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(firstBytes, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (firstBytes.length >= 4 && le32(firstBytes, 0) == LOCAL_FILE_HEADER) {
            return scanZip(firstBytes).type();
        }
        return Optional.empty();
    }

    /**
     * Whether the bytes are what {@code declared} says. Beyond {@link #sniff}: an OOXML package whose part folder
     * ({@code word/}, {@code xl/}, {@code ppt/}) comes after the bytes given matches any declared OOXML type.
     */
    public static boolean matches(FileType declared, byte[] firstBytes) {
        if (declared == null || firstBytes == null || firstBytes.length == 0) {
            return false;
        }
        Optional<FileType> sniffed = sniff(firstBytes);
        if (sniffed.isPresent()) {
            return sniffed.get() == declared;
        }
        if (OOXML.contains(declared) && le32(firstBytes, 0) == LOCAL_FILE_HEADER) {
            ZipScan scan = scanZip(firstBytes);
            return scan.contentTypes && scan.parts.isEmpty() && scan.ranOutOfBytes;
        }
        return false;
    }

    /** What the local file headers of a ZIP show, as far as the bytes go. */
    private static final class ZipScan {
        /** The ODF type named by a first, stored {@code mimetype} entry. */
        FileType odf;
        /** The first entry is {@code mimetype}: an ODF-style package, whatever it holds. */
        boolean mimetypeFirst;
        boolean contentTypes;
        final Set<FileType> parts = EnumSet.noneOf(FileType.class);
        /** The walk stopped because the bytes ended (rather than on the central directory or on garbage). */
        boolean ranOutOfBytes;

        Optional<FileType> type() {
            if (mimetypeFirst) {
                return Optional.ofNullable(odf);
            }
            if (contentTypes && parts.size() == 1) {
                return Optional.of(parts.iterator().next());
            }
            return Optional.empty();
        }
    }

    private static ZipScan scanZip(byte[] b) {
        ZipScan scan = new ZipScan();
        long pos = 0;
        boolean first = true;
        while (true) {
            if (pos + 4 > b.length) {
                scan.ranOutOfBytes = true;
                return scan;
            }
            int signature = le32(b, (int) pos);
            if (signature == CENTRAL_DIRECTORY_HEADER || signature == END_OF_CENTRAL_DIRECTORY) {
                return scan;
            }
            if (signature != LOCAL_FILE_HEADER) {
                return scan;
            }
            if (pos + LOCAL_HEADER_LENGTH > b.length) {
                scan.ranOutOfBytes = true;
                return scan;
            }
            int at = (int) pos;
            int flags = le16(b, at + 6);
            int method = le16(b, at + 8);
            long compressedSize = le32(b, at + 18) & 0xFFFFFFFFL;
            long size = le32(b, at + 22) & 0xFFFFFFFFL;
            int nameLength = le16(b, at + 26);
            int extraLength = le16(b, at + 28);
            long nameStart = pos + LOCAL_HEADER_LENGTH;
            if (nameStart + nameLength > b.length) {
                scan.ranOutOfBytes = true;
                return scan;
            }
            String name = new String(b, (int) nameStart, nameLength, StandardCharsets.ISO_8859_1);
            long dataStart = nameStart + nameLength + extraLength;
            boolean sizeKnown = (flags & FLAG_DATA_DESCRIPTOR) == 0 && compressedSize != UNKNOWN_SIZE;

            if (first) {
                first = false;
                if (name.equals("mimetype")) {
                    scan.mimetypeFirst = true;
                    scan.odf = odfType(b, method, sizeKnown, compressedSize, size, dataStart);
                    return scan;
                }
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("[content_types].xml")) {
                scan.contentTypes = true;
            } else if (lower.startsWith("word/")) {
                scan.parts.add(FileType.DOCX);
            } else if (lower.startsWith("xl/")) {
                scan.parts.add(FileType.XLSX);
            } else if (lower.startsWith("ppt/")) {
                scan.parts.add(FileType.PPTX);
            }

            if (sizeKnown) {
                pos = dataStart + compressedSize;
            } else {
                // The sizes follow the data: find the next header by its signature.
                long next = dataStart > b.length ? -1 : nextHeader(b, (int) dataStart);
                if (next < 0) {
                    scan.ranOutOfBytes = true;
                    return scan;
                }
                pos = next;
            }
        }
    }

    /** The ODF type a first {@code mimetype} entry names, or {@code null} when it is not a readable ODF one. */
    private static FileType odfType(byte[] b, int method, boolean sizeKnown, long compressedSize, long size,
                                    long dataStart) {
        if (method != METHOD_STORED || !sizeKnown || compressedSize != size || dataStart + size > b.length) {
            return null;
        }
        String content = new String(b, (int) dataStart, (int) size, StandardCharsets.ISO_8859_1);
        for (FileType type : ODF) {
            if (type.mediaType().equals(content)) {
                return type;
            }
        }
        return null;
    }

    /** Where the next local or central header starts at or after {@code from}, or -1. */
    private static long nextHeader(byte[] b, int from) {
        for (int i = from; i + 4 <= b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K') {
                int signature = le32(b, i);
                if (signature == LOCAL_FILE_HEADER || signature == CENTRAL_DIRECTORY_HEADER
                        || signature == END_OF_CENTRAL_DIRECTORY) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /** Little-endian 32 bits at {@code at}, or 0 when the bytes end before. */
    private static int le32(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return 0;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
