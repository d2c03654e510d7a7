// "Find a time": everyone in the group may share when they are usually free; organisers and
// facilitators also search everyone's availability for the best slots and schedule one.
import { useState } from 'react';
import type { AvailabilityView, FindTimeResponse } from '../../shared/api';
import { AccountLayout } from '../components/AccountLayout';
import { AppLink } from '../components/AppLink';
import { GroupLoadGate } from '../components/GroupLoadGate';
import { PageHeading } from '../components/PageHeading';
import { AvailabilityForm } from '../components/schedule/AvailabilityForm';
import { FindTimeForm } from '../components/schedule/FindTimeForm';
import { FindTimeResults } from '../components/schedule/FindTimeResults';
import { StatusLine } from '../components/StatusLine';
import { mayCall } from '../core/api/permissions';
import { loadFindTime, type FindTimeData } from '../core/schedule/scheduleData';
import { findTimePath, schedulePath } from '../core/schedule/schedulePrefill';
import { loadViewerZone } from '../core/schedule/viewerZone';
import { useResource } from '../hooks/useResource';
import { useServices } from '../hooks/useServices';
import '../styles/schedule-editor.css';

export function FindTimePage({ groupId }: { groupId: string }) {
  const { api } = useServices();
  const [state, resource] = useResource(() => loadFindTime(api, groupId));
  return (
    <GroupLoadGate
      state={state}
      onRetry={() => void resource.reload()}
      loadingTitle="Find a time"
      signInTitle="Sign in to find a time"
      path={findTimePath(groupId)}
      failedTitle="We couldn’t open this page"
    >
      {(data) => <FindTimeView data={data} />}
    </GroupLoadGate>
  );
}

function FindTimeView({ data }: { data: FindTimeData }) {
  const { group } = data;
  const [viewerZone] = useState(() => loadViewerZone().zone);
  const [mine, setMine] = useState<AvailabilityView | null>(data.mine);
  const [status, setStatus] = useState('');
  const [found, setFound] = useState<{ result: FindTimeResponse; durationMinutes: number } | null>(null);
  const canSearch = mayCall('findTime', group.myRole);

  return (
    <AccountLayout wide>
      <section className="card">
        <PageHeading title={`Find a time: ${group.name}`} />
        <p className="muted">{canSearch ? 'See when most members are free, then schedule a session at that time.' : 'Help your organisers choose a time that suits you.'}</p>
        <div className="actions">
          <AppLink to={`/groups/${group.id}`} className="button">
            Back to the group
          </AppLink>
          {canSearch && (
            <AppLink to={schedulePath(group.id)} className="button">
              Schedule
            </AppLink>
          )}
        </div>
      </section>
      <StatusLine text={status} />
      <div className="schedule-layout">
        <section className="card">
          <AvailabilityForm
            groupId={group.id}
            mine={mine}
            viewerZone={viewerZone}
            onChanged={(next, message) => {
              setMine(next);
              setStatus(message);
            }}
          />
        </section>
        {canSearch && (
          <section className="card">
            <FindTimeForm groupId={group.id} viewerZone={viewerZone} onResults={(result, durationMinutes) => setFound({ result, durationMinutes })} />
            {found && <FindTimeResults groupId={group.id} result={found.result} viewerZone={viewerZone} durationMinutes={found.durationMinutes} />}
          </section>
        )}
      </div>
    </AccountLayout>
  );
}
