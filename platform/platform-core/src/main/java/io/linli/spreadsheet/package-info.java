/** Excel export, shared by the ledger and the plugins' {@link io.linli.api.Spreadsheets} service. */
package io.linli.spreadsheet;
