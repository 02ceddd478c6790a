// React's Flight client, as compiled into Next: encodeReply is how a browser sends action arguments.
declare module 'next/dist/compiled/react-server-dom-turbopack/client.node.js' {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
