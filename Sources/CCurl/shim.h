#ifndef OIT_CCURL_SHIM_H
#define OIT_CCURL_SHIM_H

// libcurl's option setters are variadic C functions, which Swift does not import: one typed
// wrapper per kind of value instead. The GCC type-check macros are not wanted either.
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

static inline CURLcode oit_curl_set_long(CURL *easy, CURLoption option, long value) {
    return curl_easy_setopt(easy, option, value);
}

static inline CURLcode oit_curl_set_string(CURL *easy, CURLoption option, const char *value) {
    return curl_easy_setopt(easy, option, value);
}

static inline CURLcode oit_curl_set_pointer(CURL *easy, CURLoption option, void *value) {
    return curl_easy_setopt(easy, option, value);
}

typedef size_t (*oit_curl_data_callback)(char *bytes, size_t size, size_t count, void *user);

/// The body's and the headers' callbacks (CURLOPT_WRITEFUNCTION, CURLOPT_HEADERFUNCTION), both
/// given `user`.
static inline CURLcode oit_curl_set_callbacks(CURL *easy, oit_curl_data_callback body,
                                              oit_curl_data_callback header, void *user) {
    CURLcode code = curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, body);
    if (code == CURLE_OK) code = curl_easy_setopt(easy, CURLOPT_WRITEDATA, user);
    if (code == CURLE_OK) code = curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, header);
    if (code == CURLE_OK) code = curl_easy_setopt(easy, CURLOPT_HEADERDATA, user);
    return code;
}

static inline long oit_curl_response_code(CURL *easy) {
    long code = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

static inline CURLMcode oit_curl_multi_set_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

/// The next finished transfer of `multi` and its result, or NULL when none has finished.
static inline CURL *oit_curl_multi_next_done(CURLM *multi, CURLcode *result) {
    int left = 0;
    CURLMsg *message;
    while ((message = curl_multi_info_read(multi, &left)) != NULL) {
        if (message->msg == CURLMSG_DONE) {
            *result = message->data.result;
            return message->easy_handle;
        }
    }
    return NULL;
}

#endif
