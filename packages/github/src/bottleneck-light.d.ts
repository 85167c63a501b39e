// bottleneck/light.js is the build @octokit/plugin-throttling itself uses; it ships types only for the full one.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
