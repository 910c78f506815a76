#ifndef OIT_CLIBXML2_SHIM_H
#define OIT_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in ICU headers that clash with Foundation's own ICU module
// ("'UErrorCode' has different definitions"): include xmlversion.h first and switch ICU off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <string.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// `xmlFree` is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void oit_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// The options a page is read with (the crawl and the benchmark's "libxml2 alone" alike):
/// recover from errors, print nothing, never fetch anything from the network.
static inline int oit_html_page_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT;
}

/// Runs libxml2's HTML parser over `size` bytes of UTF-8 with the SAX callbacks in `sax`,
/// which receive `user` as their context. No tree is built. The bytes must be valid UTF-8:
/// the document's own `<meta charset>` is ignored, the caller has already decided the encoding
/// (HTML standard order), transcoded the bytes and replaced what did not decode.
/// `line` receives a pointer the callbacks can read for the current input line (may be NULL).
/// Returns 0 on success, -1 when libxml2 could not create a parser.
static inline int oit_html_sax_parse(const htmlSAXHandler *sax, void *user,
                                     const char *bytes, int size, int options,
                                     void (*started)(void *user, htmlParserCtxtPtr ctxt)) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, size);
    if (ctxt == NULL) {
        return -1;
    }
    // The context frees its SAX block with xmlFree: give it its own copy.
    htmlSAXHandler *own = (htmlSAXHandler *) xmlMalloc(sizeof(htmlSAXHandler));
    if (own == NULL) {
        htmlFreeParserCtxt(ctxt);
        return -1;
    }
    memcpy(own, sax, sizeof(htmlSAXHandler));
    if (ctxt->sax != NULL) {
        xmlFree(ctxt->sax);
    }
    ctxt->sax = (xmlSAXHandlerPtr) own;
    ctxt->userData = user;
    htmlCtxtUseOptions(ctxt, options);
    // The bytes are valid UTF-8 already: tell the parser so, rather than plugging in libxml2's
    // UTF-8 "converter", which copies the whole page once more before parsing starts.
    ctxt->charset = XML_CHAR_ENCODING_UTF8;
    if (ctxt->input != NULL) {
        if (ctxt->input->encoding != NULL) {
            xmlFree((xmlChar *) ctxt->input->encoding);
        }
        ctxt->input->encoding = xmlStrdup((const xmlChar *) "UTF-8");
    }
    if (started != NULL) {
        started(user, ctxt);
    }
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return 0;
}

/// The line where the start tag being reported begins. Called from a startElement callback,
/// when libxml2 has read the attributes and stands on the tag's closing `>`: walk back to the
/// `<` and subtract the newlines crossed, so a tag spread over several lines gets its first.
static inline int oit_html_tag_start_line(htmlParserCtxtPtr ctxt) {
    if (ctxt == NULL || ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->base == NULL) {
        return 0;
    }
    int line = ctxt->input->line;
    const xmlChar *cursor = ctxt->input->cur;
    const xmlChar *base = ctxt->input->base;
    while (cursor > base && *cursor != '<') {
        if (*cursor == '\n') {
            line--;
        }
        cursor--;
    }
    return line;
}

/// Whether a code point is one XML (and so libxml2) allows as a character.
static inline int oit_is_xml_char(unsigned int value) {
    return value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0xD7FF)
        || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
}

/// Reads a numeric character reference (`&#3585;`, `&#xE01;`) at `*at` as libxml2's
/// htmlParseCharRef does (digits up to a `;` or anything else, the value capped), moves `*at`
/// past its digits, and tells whether libxml2 would accept the character (`&#0;` it reports).
static inline int oit_char_ref_allowed(const xmlChar **at, const xmlChar *end) {
    const xmlChar *cursor = *at + 2;
    int hex = cursor < end && (*cursor == 'x' || *cursor == 'X');
    if (hex) {
        cursor++;
    }
    unsigned int value = 0;
    while (cursor < end && *cursor != ';') {
        xmlChar c = *cursor;
        unsigned int digit;
        if (c >= '0' && c <= '9') {
            digit = (unsigned int) (c - '0');
        } else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            digit = (unsigned int) ((c | 0x20) - 'a' + 10);
        } else {
            break;
        }
        if (value < 0x110000) {
            value = value * (hex ? 16 : 10) + digit;
        }
        cursor++;
    }
    *at = cursor;
    return oit_is_xml_char(value);
}

/// Whether the bytes from `cursor` to `end` are UTF-8 whose every character libxml2 accepts
/// (XML's Char: no control character but tab, line feed and carriage return, no surrogate, no
/// U+FFFE or U+FFFF), written or by number (`&#0;`), so that reading them would raise no error.
/// Where SSE2 is (every x86-64), sixteen bytes of ASCII and Thai are passed in one test; else
/// eight ASCII bytes at or above the space, none an `&`, at a time, and a Thai letter in one test
/// (its three bytes read as one little-endian word).
static inline int oit_xml_chars_only(const xmlChar *cursor, const xmlChar *end) {
    while (cursor < end) {
#if defined(__SSE2__)
        // Sixteen bytes at a time while they hold only ASCII (printable but `&`, or tab, line
        // feed, carriage return) and Thai letters that start in them: a lead E0 where the
        // byte after it is B8-B9 and the next a continuation byte. A letter whose last bytes
        // fall in the next block is read again there.
        while (end - cursor >= 16) {
            __m128i bytes = _mm_loadu_si128((const __m128i *) cursor);
            __m128i lead = _mm_cmpeq_epi8(bytes, _mm_set1_epi8((char) 0xE0));
            __m128i second = _mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8((char) 0xFE)), _mm_set1_epi8((char) 0xB8));
            __m128i continuation = _mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8((char) 0xC0)),
                                                  _mm_set1_epi8((char) 0x80));
            __m128i ascii = _mm_andnot_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('&')),
                                             _mm_cmpgt_epi8(bytes, _mm_set1_epi8(0x1F)));
            ascii = _mm_or_si128(ascii, _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')),
                                 _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')))));
            __m128i afterLead = _mm_slli_si128(lead, 1);
            __m128i thirdOfLetter = _mm_slli_si128(lead, 2);
            __m128i fits = _mm_or_si128(_mm_or_si128(ascii, lead),
                                        _mm_or_si128(_mm_and_si128(afterLead, second), _mm_and_si128(thirdOfLetter, continuation)));
            __m128i misfits = _mm_or_si128(_mm_andnot_si128(second, afterLead), _mm_andnot_si128(continuation, thirdOfLetter));
            if (_mm_movemask_epi8(fits) != 0xFFFF || _mm_movemask_epi8(misfits) != 0) {
                break;
            }
            int leads = _mm_movemask_epi8(lead);
            cursor += (leads & 0x8000) ? 15 : (leads & 0x4000) ? 14 : 16;
        }
        if (cursor >= end) {
            break;
        }
#endif
        if (end - cursor >= 8) {
            uint64_t word;
            memcpy(&word, cursor, 8);
            uint64_t amp = word ^ 0x2626262626262626ULL;
            // No byte with its high bit set, none below 0x20, none an '&' (a zero byte in `amp`).
            if (((word | (word - 0x2020202020202020ULL) | (amp - 0x0101010101010101ULL))
                 & 0x8080808080808080ULL) == 0) {
                cursor += 8;
                continue;
            }
        }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        // Thai letters (U+0E00-0E7F: E0 B8-B9 80-BF), one test each.
        uint32_t sequence;
        while (end - cursor >= 4 && (memcpy(&sequence, cursor, 4), (sequence & 0x00C0FEFFU) == 0x0080B8E0U)) {
            cursor += 3;
        }
#endif
        if (cursor >= end) {
            break;
        }
        xmlChar byte = *cursor;
        if (byte == '&' && end - cursor >= 2 && cursor[1] == '#') {
            if (!oit_char_ref_allowed(&cursor, end)) {
                return 0;
            }
        } else if (byte >= 0x20 && byte < 0x80) {
            cursor++;
        } else if (byte < 0x20) {
            if (byte != 0x09 && byte != 0x0A && byte != 0x0D) {
                return 0;
            }
            cursor++;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
            if (end - cursor < 2 || (cursor[1] & 0xC0) != 0x80) {
                return 0;
            }
            cursor += 2;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            if (end - cursor < 3 || (cursor[1] & 0xC0) != 0x80 || (cursor[2] & 0xC0) != 0x80
                || (byte == 0xE0 && cursor[1] < 0xA0)                                   /* overlong */
                || (byte == 0xED && cursor[1] >= 0xA0)                                  /* surrogate */
                || (byte == 0xEF && cursor[1] == 0xBF && cursor[2] >= 0xBE)) {          /* U+FFFE, U+FFFF */
                return 0;
            }
            cursor += 3;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            if (end - cursor < 4 || (cursor[1] & 0xC0) != 0x80 || (cursor[2] & 0xC0) != 0x80
                || (cursor[3] & 0xC0) != 0x80 || (byte == 0xF0 && cursor[1] < 0x90)
                || (byte == 0xF4 && cursor[1] >= 0x90)) {
                return 0;
            }
            cursor += 4;
        } else {
            return 0;   /* a continuation byte alone, C0, C1, F5-FF */
        }
    }
    return 1;
}

/// Skips the text that follows a start tag, which the page reader would throw away: called
/// from a startElement callback, where libxml2 (2.9 to 2.13) stands on the tag's closing `>`.
/// libxml2 decodes and copies every character of a text, a Thai page's largest cost, also when
/// the reader keeps none of it (its text limit reached, outside links and headings). The `>` is
/// moved to the byte before the next `<`, and the parser is put there: it reads the tag's end
/// and goes on at the next tag as if the text had been read, with the newlines crossed counted.
/// Nothing is skipped where the text would make libxml2 do more than report it: in `<script>`
/// and `<style>` (read as raw text up to their end tag), in `<html>` and `<head>` (text there
/// opens an implied paragraph), in a text with a byte libxml2 would report (not UTF-8, or a
/// character it rejects, also by number: the page reader would read the page again, repaired,
/// and count every byte it replaced; a NUL where a text starts even ends libxml2's reading), or
/// when the tag ends in `/>`; nor after a paragraph libxml2 may have implied itself (not on a tag).
/// Returns whether anything was skipped.
static inline int oit_html_skip_text(htmlParserCtxtPtr ctxt) {
#if LIBXML_VERSION >= 21400
    // 2.14 tokenises as HTML5 does and calls back at another point of the tag.
    (void) ctxt;
    return 0;
#else
    if (ctxt == NULL || ctxt->input == NULL || ctxt->input->cur == NULL || ctxt->input->end == NULL
        || ctxt->token != 0 || ctxt->instate == XML_PARSER_EOF) {
        return 0;
    }
    const xmlChar *tag_end = ctxt->input->cur;
    const xmlChar *end = ctxt->input->end;
    if (tag_end >= end || *tag_end != '>' || ctxt->name == NULL) {
        return 0;
    }
    // The element the text stands in: the one just opened, or its parent if it is empty (<br>).
    const xmlChar *holder = ctxt->name;
    const htmlElemDesc *info = htmlTagLookup(holder);
    if (info != NULL && info->empty) {
        holder = ctxt->nameNr >= 2 ? ctxt->nameTab[ctxt->nameNr - 2] : NULL;
    }
    if (holder == NULL || xmlStrEqual(holder, BAD_CAST "html") || xmlStrEqual(holder, BAD_CAST "head")
        || xmlStrEqual(holder, BAD_CAST "script") || xmlStrEqual(holder, BAD_CAST "style")) {
        return 0;
    }
    // A `<p>` under `<html>` or `<head>` (or none) may be the one libxml2 implies for a text,
    // reported while it stands in that text rather than on a tag's end.
    if (xmlStrEqual(ctxt->name, BAD_CAST "p")) {
        const xmlChar *parent = ctxt->nameNr >= 2 ? ctxt->nameTab[ctxt->nameNr - 2] : NULL;
        if (parent == NULL || xmlStrEqual(parent, BAD_CAST "html") || xmlStrEqual(parent, BAD_CAST "head")) {
            return 0;
        }
    }
    const xmlChar *text = tag_end + 1;
    const xmlChar *next_tag = (const xmlChar *) memchr(text, '<', (size_t) (end - text));
    if (next_tag == NULL || next_tag - text < 2 || !oit_xml_chars_only(text, next_tag)) {
        return 0;
    }
    int lines = 0;
    const xmlChar *last_newline = NULL;
    for (const xmlChar *cursor = text;
         (cursor = (const xmlChar *) memchr(cursor, '\n', (size_t) (next_tag - cursor))) != NULL; cursor++) {
        lines++;
        last_newline = cursor;
    }
    // The page's bytes are libxml2's own copy (a memory parser copies its input).
    xmlChar *moved = (xmlChar *) next_tag - 1;
    *moved = '>';
    ctxt->input->cur = moved;
    ctxt->input->line += lines;
    ctxt->input->col = last_newline != NULL ? (int) (moved - last_newline) : ctxt->input->col + (int) (moved - tag_end);
    return 1;
#endif
}

/// Where the last `byte` stands in the `size` bytes at `bytes`, or NULL: glibc's vectorised
/// `memrchr`, a GNU extension Swift's Glibc module does not export. The page reader looks back
/// from a page's end for its last comment, which in a page without one means to its start.
static inline const void *oit_last_byte(const void *bytes, int byte, size_t size) {
#if defined(__GLIBC__)
    extern void *memrchr(const void *, int, size_t);
    return memrchr(bytes, byte, size);
#else
    const unsigned char *cursor = (const unsigned char *) bytes + size;
    while (cursor > (const unsigned char *) bytes) {
        if (*--cursor == (unsigned char) byte) {
            return cursor;
        }
    }
    return NULL;
#endif
}

#endif
