package fr.interconnectes.candidatures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileSnifferTest {

    // ---------------------------------------------------------------- real minimal files

    static byte[] pdf() {
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1d4f91);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP written with java.util.zip: each entry STORED (with its sizes in the header) or DEFLATED. */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(entry(e.getKey(), e.getValue(), stored || e.getKey().equals("mimetype")));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ZipEntry entry(String name, byte[] content, boolean stored) {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        return entry;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An OpenDocument package: {@code mimetype} first and stored, then the manifest and content, deflated. */
    static byte[] odf(String mediaType) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", utf8(mediaType));
        entries.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>"));
        entries.put("content.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " office:version=\"1.2\"><office:body/></office:document-content>"));
        return zip(entries, false);
    }

    /** An Office Open XML package; {@code filler} bytes (stored, incompressible) go before the main part. */
    static byte[] ooxml(String folder, String mainPart, int filler, boolean stored) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"));
        entries.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Target=\"" + folder + mainPart + "\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/></Relationships>"));
        if (filler > 0) {
            byte[] noise = new byte[filler];
            new Random(42).nextBytes(noise);
            entries.put("docProps/thumbnail.jpeg", noise);
        }
        entries.put(folder + mainPart, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><root/>"));
        return zip(entries, stored);
    }

    static byte[] docx() {
        return ooxml("word/", "document.xml", 0, false);
    }

    static byte[] xlsx() {
        return ooxml("xl/", "workbook.xml", 0, false);
    }

    static byte[] pptx() {
        return ooxml("ppt/", "presentation.xml", 0, false);
    }

    static byte[] first(byte[] bytes, int count) {
        return Arrays.copyOf(bytes, Math.min(count, bytes.length));
    }

    static byte[] sample(FileType type) {
        switch (type) {
            case PDF: return pdf();
            case PNG: return image("png");
            case JPEG: return image("jpg");
            case ODT: case ODS: case ODP: return odf(type.mediaType());
            case DOCX: return docx();
            case XLSX: return xlsx();
            case PPTX: return pptx();
            default: throw new IllegalArgumentException(type.name());
        }
    }

    // ---------------------------------------------------------------- tests

    @ParameterizedTest
    @EnumSource(FileType.class)
    void every_type_is_recognised_and_matches_only_itself(FileType type) {
        byte[] bytes = sample(type);
        assertThat(FileSniffer.sniff(bytes)).contains(type);
        assertThat(FileSniffer.sniff(first(bytes, FileSniffer.SNIFF_BYTES))).contains(type);
        for (FileType declared : FileType.values()) {
            assertThat(FileSniffer.matches(declared, bytes)).as("%s declared as %s", type, declared)
                    .isEqualTo(declared == type);
        }
    }

    @Nested
    class Lies {

        @Test
        void a_png_named_pdf_does_not_match() {
            byte[] png = image("png");
            assertThat(FileSniffer.matches(FileType.PDF, png)).isFalse();
            assertThat(FileSniffer.matches(FileType.PNG, png)).isTrue();
        }

        @Test
        void a_text_file_named_pdf_does_not_match() {
            byte[] text = utf8("Bonjour,\nvoici notre dossier de candidature (version texte).\n");
            assertThat(FileSniffer.sniff(text)).isEmpty();
            for (FileType declared : FileType.values()) {
                assertThat(FileSniffer.matches(declared, text)).isFalse();
            }
        }

        @Test
        void a_pdf_header_further_in_does_not_count() {
            assertThat(FileSniffer.sniff(utf8("\n%PDF-1.4\n"))).isEmpty();
            assertThat(FileSniffer.sniff(utf8("%pdf-1.4"))).isEmpty();
        }

        @Test
        void a_docx_declared_as_odt_or_the_reverse_does_not_match() {
            assertThat(FileSniffer.matches(FileType.ODT, docx())).isFalse();
            assertThat(FileSniffer.matches(FileType.DOCX, odf(FileType.ODT.mediaType()))).isFalse();
            assertThat(FileSniffer.matches(FileType.ODS, odf(FileType.ODT.mediaType()))).isFalse();
            assertThat(FileSniffer.matches(FileType.XLSX, docx())).isFalse();
        }
    }

    @Nested
    class Zips {

        @Test
        void a_plain_zip_is_nothing_we_take() {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("readme.txt", utf8("hello"));
            entries.put("word-list.txt", utf8("words"));
            byte[] zip = zip(entries, false);
            assertThat(FileSniffer.sniff(zip)).isEmpty();
            for (FileType declared : FileType.values()) {
                assertThat(FileSniffer.matches(declared, zip)).isFalse();
            }
        }

        @Test
        void content_types_alone_in_a_whole_zip_is_not_ooxml() {
            byte[] zip = zip(Map.of("[Content_Types].xml", utf8("<Types/>")), false);
            assertThat(FileSniffer.sniff(zip)).isEmpty();
            assertThat(FileSniffer.matches(FileType.DOCX, zip)).isFalse();
        }

        @Test
        void a_part_folder_without_content_types_is_not_ooxml() {
            byte[] zip = zip(Map.of("word/document.xml", utf8("<w/>")), false);
            assertThat(FileSniffer.sniff(zip)).isEmpty();
            assertThat(FileSniffer.matches(FileType.DOCX, zip)).isFalse();
        }

        @Test
        void ooxml_with_sizes_in_the_local_headers() {
            assertThat(FileSniffer.sniff(ooxml("word/", "document.xml", 0, true))).contains(FileType.DOCX);
            assertThat(FileSniffer.sniff(ooxml("xl/", "workbook.xml", 0, true))).contains(FileType.XLSX);
            assertThat(FileSniffer.sniff(ooxml("ppt/", "presentation.xml", 0, true))).contains(FileType.PPTX);
        }

        @Test
        void ooxml_whose_part_folder_comes_after_the_first_bytes() {
            for (boolean stored : new boolean[] {true, false}) {
                byte[] whole = ooxml("word/", "document.xml", 20_000, stored);
                byte[] head = first(whole, FileSniffer.SNIFF_BYTES);

                assertThat(FileSniffer.sniff(whole)).contains(FileType.DOCX);
                assertThat(FileSniffer.sniff(head)).isEmpty();
                assertThat(FileSniffer.matches(FileType.DOCX, head)).isTrue();
                assertThat(FileSniffer.matches(FileType.XLSX, head)).isTrue();
                assertThat(FileSniffer.matches(FileType.PPTX, head)).isTrue();
                assertThat(FileSniffer.matches(FileType.ODT, head)).isFalse();
                assertThat(FileSniffer.matches(FileType.PDF, head)).isFalse();
                assertThat(FileSniffer.matches(FileType.XLSX, whole)).isFalse();
            }
        }

        @Test
        void odf_needs_mimetype_first() {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("content.xml", utf8("<office:document-content/>"));
            entries.put("mimetype", utf8(FileType.ODT.mediaType()));
            byte[] zip = zip(entries, false);
            assertThat(FileSniffer.sniff(zip)).isEmpty();
            assertThat(FileSniffer.matches(FileType.ODT, zip)).isFalse();
        }

        @Test
        void odf_needs_mimetype_stored() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(entry("mimetype", new byte[0], false));
                zip.write(utf8(FileType.ODT.mediaType()));
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(FileSniffer.sniff(bytes.toByteArray())).isEmpty();
            assertThat(FileSniffer.matches(FileType.ODT, bytes.toByteArray())).isFalse();
        }

        @Test
        void other_odf_and_epub_are_not_taken() {
            assertThat(FileSniffer.sniff(odf("application/vnd.oasis.opendocument.graphics"))).isEmpty();
            assertThat(FileSniffer.sniff(odf("application/vnd.oasis.opendocument.text-template"))).isEmpty();
            assertThat(FileSniffer.sniff(odf("application/epub+zip"))).isEmpty();
            assertThat(FileSniffer.matches(FileType.ODT, odf("application/vnd.oasis.opendocument.text-template")))
                    .isFalse();
        }
    }

    @Nested
    class Truncated {

        @Test
        void empty_and_null() {
            assertThat(FileSniffer.sniff(new byte[0])).isEmpty();
            assertThat(FileSniffer.sniff(null)).isEmpty();
            for (FileType declared : FileType.values()) {
                assertThat(FileSniffer.matches(declared, new byte[0])).isFalse();
                assertThat(FileSniffer.matches(declared, null)).isFalse();
            }
            assertThat(FileSniffer.matches(null, pdf())).isFalse();
        }

        @Test
        void too_short_for_the_signature() {
            assertThat(FileSniffer.sniff(first(pdf(), 4))).isEmpty();
            assertThat(FileSniffer.sniff(first(pdf(), 5))).contains(FileType.PDF);
            assertThat(FileSniffer.sniff(first(image("png"), 7))).isEmpty();
            assertThat(FileSniffer.sniff(first(image("png"), 8))).contains(FileType.PNG);
            assertThat(FileSniffer.sniff(first(image("jpg"), 2))).isEmpty();
            assertThat(FileSniffer.sniff(first(image("jpg"), 3))).contains(FileType.JPEG);
            assertThat(FileSniffer.matches(FileType.PNG, first(image("png"), 4))).isFalse();
        }

        @Test
        void a_zip_cut_anywhere_never_matches_wrongly_nor_throws() {
            for (FileType type : new FileType[] {FileType.ODT, FileType.ODS, FileType.DOCX, FileType.XLSX}) {
                byte[] whole = sample(type);
                for (int n = 0; n <= whole.length; n++) {
                    byte[] head = first(whole, n);
                    Optional<FileType> sniffed = FileSniffer.sniff(head);
                    assertThat(sniffed).as("%s cut at %d", type, n).satisfiesAnyOf(
                            s -> assertThat(s).isEmpty(), s -> assertThat(s).contains(type));
                    for (FileType declared : FileType.values()) {
                        if (FileSniffer.matches(declared, head)) {
                            assertThat(declared).as("%s cut at %d matched as %s", type, n, declared)
                                    .isIn(type, FileType.DOCX, FileType.XLSX, FileType.PPTX);
                        }
                    }
                }
            }
        }

        @Test
        void an_odf_cut_inside_the_mimetype_is_unknown() {
            byte[] odt = odf(FileType.ODT.mediaType());
            int mediaTypeEnd = 30 + "mimetype".length() + FileType.ODT.mediaType().length();
            assertThat(FileSniffer.sniff(first(odt, mediaTypeEnd - 1))).isEmpty();
            assertThat(FileSniffer.matches(FileType.ODT, first(odt, mediaTypeEnd - 1))).isFalse();
            assertThat(FileSniffer.sniff(first(odt, mediaTypeEnd))).contains(FileType.ODT);
        }

        @Test
        void a_zip_cut_before_its_first_part_is_unknown() {
            byte[] head = first(docx(), 20);
            assertThat(FileSniffer.sniff(head)).isEmpty();
            assertThat(FileSniffer.matches(FileType.DOCX, head)).isFalse();
            assertThat(FileSniffer.sniff(new byte[] {'P', 'K', 3, 4})).isEmpty();
        }

        @Test
        void garbage_after_a_zip_signature_does_not_throw() {
            Random random = new Random(7);
            for (int i = 0; i < 2_000; i++) {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                if (bytes.length >= 4) {
                    bytes[0] = 'P';
                    bytes[1] = 'K';
                    bytes[2] = 3;
                    bytes[3] = 4;
                }
                FileSniffer.sniff(bytes);
                for (FileType declared : FileType.values()) {
                    FileSniffer.matches(declared, bytes);
                }
            }
        }
    }
}
