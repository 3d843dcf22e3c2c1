/**
 * 公告: notices from the company to its households — the whole company's or one project's — normal, important or
 * critical; who read them, and who acknowledged (已知晓) a critical one.
 */
package io.linli.notice;
