/** Tickets (工单): the closed loop from a household's request to its evaluation, with service-level clocks. */
package io.linli.ticket;
