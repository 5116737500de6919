#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers would clash with Foundation's own copy of
// ICU; the converter reads trees only, and never touches the encoding structures ICU adds to.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

// `xmlFree` is a global function pointer, which Swift cannot call from concurrent code.
static inline void handbook_xml_free(void *pointer) { xmlFree(pointer); }
