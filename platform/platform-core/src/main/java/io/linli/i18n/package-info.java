/** Values shown in Chinese first and English second. */
package io.linli.i18n;
