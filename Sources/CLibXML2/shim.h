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
