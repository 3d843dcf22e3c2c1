/** Text that staff write and owners read: rich text cleaned of anything that could run in a browser. */
package io.linli.text;
