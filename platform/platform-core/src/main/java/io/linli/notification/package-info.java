/** In-app notifications to staff (e-mail, SMS and push channels come with the notices stage). */
package io.linli.notification;
