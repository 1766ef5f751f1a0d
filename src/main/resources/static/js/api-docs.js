// Swagger UI over the site's own OpenAPI document (/api); the page's text stays without JavaScript.
window.addEventListener('DOMContentLoaded', () => {
    window.SwaggerUIBundle({url: '/v3/api-docs', dom_id: '#swagger-ui', deepLinking: true});
});
