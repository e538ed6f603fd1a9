import { createServer, connect, type Server, type Socket } from "node:net";

/** A TCP hop between the apps and their database that a test can cut and restore, as a database server going away. */
export type TcpProxy = { port: number; down: () => Promise<void>; up: () => Promise<void>; close: () => Promise<void> };

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  await listen(0);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The proxy has no port");
  const port = address.port;
  return {
    port,
    // Down: open connections break and new ones are refused, as when the server stops.
    down: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
      });
    },
    up: () => listen(port),
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
