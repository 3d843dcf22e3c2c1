// Linli's web-push service worker: shows a notice the server pushed, and opens the portal when it is tapped.
self.addEventListener('push', event => {
  const data = event.data ? event.data.json() : { title: '邻里', body: '' };
  event.waitUntil(self.registration.showNotification(data.title, { body: data.body, data: { url: data.url } }));
});
self.addEventListener('notificationclick', event => {
  event.notification.close();
  event.waitUntil(clients.openWindow((event.notification.data && event.notification.data.url) || '/portal'));
});
