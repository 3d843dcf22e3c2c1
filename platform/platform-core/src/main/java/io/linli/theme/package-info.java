/** Per-tenant theme packs (colours, fonts, logo) applied at runtime. */
package io.linli.theme;
