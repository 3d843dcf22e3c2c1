/** The reply-script library (话术库): templates per scenario that agents insert into replies. */
package io.linli.replyscript;
