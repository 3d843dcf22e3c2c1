/** The structure a company manages: region → project (community) → building → household. */
package io.linli.community;
