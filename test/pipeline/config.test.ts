import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadPipeline, resolveOptions } from '../../src/pipeline/config.js';

function pipelineFile(yaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-config-'));
  const file = path.join(dir, 'x.yaml');
  fs.writeFileSync(file, yaml);
  return file;
}

function errorOf(yaml: string): string {
  const file = pipelineFile(yaml);
  try {
    loadPipeline(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.replace(file, 'x.yaml');
  }
  throw new Error('expected a ConfigError');
}

describe('pipeline config', () => {
  it('loads the seeds pipeline with paths relative to the file', () => {
    const p = loadPipeline('pipelines/seeds.yaml');
    expect(p.options.name).toBe('seeds');
    expect(p.inputs).toEqual([path.join('pipelines', '..', 'fixtures', 'seeds', 'docs')]);
    expect(p.output).toBe(path.join('pipelines', '..', 'output', 'seeds'));
    expect(p.options.configHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the line and suggests the stage for an unknown stage', () => {
    expect(errorOf('name: x\ninputs: [a]\noutput: b\nstages:\n  extrct:\n    minConfidence: 0.5\n')).toBe('x.yaml:5: unknown stage "extrct" (did you mean "extract"?)');
  });

  it('takes a worker heap cap of 0 (none) or of 96 MB and more, and names the line of any other', () => {
    expect(loadPipeline(pipelineFile('name: x\ninputs: [a]\noutput: b\nlimits:\n  workerHeapMb: 0\n')).options.limits.workerHeapMb).toBe(0);
    expect(loadPipeline(pipelineFile('name: x\ninputs: [a]\noutput: b\nlimits:\n  workerHeapMb: 256\n')).options.limits.workerHeapMb).toBe(256);
    expect(resolveOptions().limits.workerHeapMb).toBe(128);
    expect(errorOf('name: x\ninputs: [a]\noutput: b\nlimits:\n  workerHeapMb: 50\n')).toBe('x.yaml:5: "limits.workerHeapMb" must be 0 (no cap) or at least 96');
  });

  it('names the line of an unknown key', () => {
    expect(errorOf('name: x\ninputs: [a]\noutput: b\nconcurency: 3\n')).toBe('x.yaml:4: unknown key "concurency" (did you mean "concurrency"?)');
  });

  it('names a wrong type', () => {
    expect(errorOf('name: x\ninputs: [a]\noutput: b\nconcurrency: many\n')).toBe('x.yaml:4: "concurrency" must be integer');
  });

  it('names a missing key', () => {
    expect(errorOf('name: x\ninputs: [a]\n')).toBe('x.yaml:1: missing key "output"');
  });

  it('reports malformed YAML with its line', () => {
    expect(errorOf('name: x\ninputs: [a\noutput: b\n')).toMatch(/^x\.yaml:\d+: /);
  });

  it('refuses an alias bomb', () => {
    const bomb = ['name: x', 'inputs: [a]', 'output: b', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    expect(errorOf(bomb.join('\n'))).toMatch(/x\.yaml/);
  });

  it('adds a label from the pipeline without touching code, and the hash changes', () => {
    const base = resolveOptions();
    const more = resolveOptions({ lexicon: { labels: { en: { promoter: ['Lead applicant body'] } } } });
    expect(more.lexiconFiles.labels!.en!.promoter).toContain('Lead applicant body');
    expect(more.configHash).not.toBe(base.configHash);
  });
});
