/**
 * Work found through a due-time index (SLA clocks, notice reminders, deliveries) and done on every node, each row in
 * a transaction of its own that locks it first: nothing lives only in memory, and nodes never double an action.
 */
package io.linli.schedule;
