/** An HTTP server on 127.0.0.1 standing in for a GitHub service in tests. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export abstract class LoopbackServer {
  private readonly server = http.createServer((request, response) => this.handle(request, response))

  protected abstract handle(request: http.IncomingMessage, response: http.ServerResponse): void

  /** Listen on a free port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    return this
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }
}
