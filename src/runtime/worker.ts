// The Cloudflare Worker entry. Until the D1 store and cron polling land (issue 9) it only answers its health check.
export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === "/healthz") return Response.json({ ok: true, runtime: "worker", store: null });
    return Response.json({ error: "the Worker runtime does not serve this route yet" }, { status: 501 });
  },
} satisfies ExportedHandler;
