/**
 * The knowledge base (知识库 / 常见问题): articles staff write, searched by owners in Chinese before they file, and the
 * households that found an answer (deflection).
 */
package io.linli.knowledge;
